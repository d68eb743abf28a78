import { error } from '@sveltejs/kit';
import { encodeSection } from '$lib/components/questionnaire/codec';
import { sectionById, takesDocuments } from '$lib/domain/questionnaire/api';
import { questionnairePage } from '$lib/domain/questionnaire/page';
import { answersRead } from '$lib/domain/questionnaire/view';
import { can } from '$lib/domain/roles';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure } from '$lib/server/services/http';
import { listVersionDocuments } from '$lib/server/services/documents';
import { sectionAttribution } from '$lib/server/services/model-view';
import { readQuestionnaire } from '$lib/server/services/questionnaire';
import { SUPPLIER_SECTIONS, supplierForSection } from '$lib/server/services/supplier-answers';
import { openCommentCounts } from '$lib/server/services/questionnaire-comments';
import { commentActions } from './comment-actions';
import { documentActions } from './document-actions';
import { modelActions } from './model-actions';
import { supplierActions } from './supplier-actions';
import { sectionActions } from './section-actions';
import type { Actions, PageServerLoad } from './$types';

// The page's behaviour is an island (see +page.svelte): SvelteKit's own client would be most of its JavaScript.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const section = sectionById(event.params.section);
	const page = questionnairePage(event.params.section, getLocale());
	if (!section || !page) error(404, 'Not found');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const threadsOf = section.recordedIn === 'answers' ? section.id : undefined;
	const view = await readQuestionnaire(event.locals.db, scope, event.params.id, threadsOf).catch(loadFailure);
	const row = view.sections.get(section.id);
	const frozen = Boolean(view.version.frozenAt);
	const fileQuestions = section.questions.filter((q) => takesDocuments(q)).map((q) => q.id);
	const documents = fileQuestions.length ? (await listVersionDocuments(event.locals.db, view.version.id)).filter((d) => fileQuestions.includes(d.questionId ?? '')) : [];
	const supplier = SUPPLIER_SECTIONS.includes(section.id)
		? await supplierForSection(event.locals.db, scope, { processingId: view.assessment.processingId, frozen, supplierSnapshot: view.version.supplierSnapshot })
		: null;
	return {
		model: await sectionAttribution(event.locals.db, view.version.id, section.id, getLocale() === 'en' ? 'en' : 'nl'),
		documents,
		supplier,
		sectionId: section.id,
		page,
		processingName: view.processingName,
		values: encodeSection(section, row?.answers ?? {}),
		revision: row?.revision ?? 0,
		answers: answersRead(page, view.answers),
		progress: view.progress.sections,
		openComments: await openCommentCounts(event.locals.db, view.version.id),
		threads: view.threads.map((t) => ({
			id: t.id,
			questionId: t.questionId,
			resolvedAt: t.resolvedAt,
			comments: t.comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt }))
		})),
		frozen,
		canEdit: can(ctx.role, 'assessment.edit') && !frozen,
		canComment: can(ctx.role, 'assessment.comment') && !frozen
	};
};

export const actions: Actions = { ...sectionActions, ...commentActions, ...documentActions, ...supplierActions, ...modelActions };

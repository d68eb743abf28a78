import { outline } from '$lib/domain/questionnaire/page';
import { can } from '$lib/domain/roles';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure } from '$lib/server/services/http';
import { readQuestionnaire } from '$lib/server/services/questionnaire';
import { openCommentCounts } from '$lib/server/services/questionnaire-comments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const view = await readQuestionnaire(event.locals.db, scope, event.params.id).catch(loadFailure);
	return {
		processingName: view.processingName,
		outline: outline(getLocale()),
		progress: view.progress.sections,
		openComments: await openCommentCounts(event.locals.db, view.version.id),
		missing: view.progress.missingRequired,
		frozen: Boolean(view.version.frozenAt),
		canEdit: can(ctx.role, 'assessment.edit') && !view.version.frozenAt
	};
};

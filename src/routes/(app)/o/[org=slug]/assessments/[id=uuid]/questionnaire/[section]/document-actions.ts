import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { documentIdForm, questionDocumentForm } from '$lib/components/documents/forms';
import { sectionById, takesDocuments } from '$lib/domain/questionnaire/api';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { readUpload } from '$lib/server/documents/form';
import { parseForm } from '$lib/server/forms';
import * as documents from '$lib/server/services/documents';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import { AssessmentLocked } from '$lib/server/services/version-lock';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

/** A refusal shown beside the upload field of its question (the page's other forms keep what they had). */
const refused = (status: number, questionId: string, errors: Record<string, string>, message?: string) =>
	fail(status, { kind: 'document' as const, questionId, errors, message });

/** The question must be a document question of this page's section: an upload never lands elsewhere. */
function inSection(event: Event, questionId: string) {
	const section = sectionById(event.params.section);
	if (!section?.questions.some((q) => q.id === questionId && takesDocuments(q))) error(404, 'Not found');
}

function mapped(cause: unknown, questionId: string) {
	if (cause instanceof NotFound) error(404, 'Not found');
	if (cause instanceof AssessmentLocked) return refused(409, questionId, {}, m.wf_error_locked());
	if (cause instanceof documents.QuestionHidden) return refused(400, questionId, { file: m.doc_error_question_hidden() });
	throw cause;
}

export const documentActions = {
	/**
	 * A multipart upload to a document question (§1.4, §6.5, §8.4 beside its text), stored as it streams in, without
	 * JavaScript as with it. The form's address names the question too, so a body too large to read still
	 * gets its message beside the right question.
	 */
	addDocument: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const known = { questionId: event.url.searchParams.get('question') ?? '' };
		try {
			const upload = await readUpload(
				event.request,
				questionDocumentForm,
				'document',
				(file, data) => {
					inSection(event, data.questionId);
					return documents.addQuestionDocument(event.locals.db, scopeOf(ctx), event.params.id, { file, questionId: data.questionId, replaces: data.replaces || undefined });
				},
				known
			);
			const questionId = String(upload.values.questionId ?? '');
			if (!upload.ok) return refused(400, questionId, upload.failure.data.errors);
			return { kind: 'document' as const, questionId, done: 'added' };
		} catch (cause) {
			return mapped(cause, known.questionId);
		}
	},

	removeDocument: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, documentIdForm);
		if (!parsed.ok) return refused(400, '', parsed.failure.data.errors);
		try {
			const questionId = await documents.removeQuestionDocument(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.documentId);
			return { kind: 'document' as const, questionId, done: 'removed' };
		} catch (cause) {
			return mapped(cause, '');
		}
	}
};

import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { decodeSection, encodeSection } from '$lib/components/questionnaire/codec';
import { fieldBase, readDraft, splitControls } from '$lib/components/questionnaire/fields';
import { newItemId, withItem, withoutItem } from '$lib/components/questionnaire/items';
import { validationMessage } from '$lib/components/questionnaire/labels';
import { questionById } from '$lib/domain/questionnaire/api';
import type { AnswerIssue } from '$lib/domain/questionnaire/merge';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { actionFailure } from '$lib/server/services/http';
import { sectionAttribution } from '$lib/server/services/model-view';
import { answerSection, EditConflict, saveSection } from '$lib/server/services/questionnaire';
import { NotFound } from '$lib/server/services/scope';
import { AssessmentLocked } from '$lib/server/services/version-lock';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

function sectionOr404(id: string) {
	try {
		return answerSection(id);
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		throw cause;
	}
}

/** The editor's posted form, split into answers and controls; a section kept elsewhere is not found here. */
async function posted(event: Event) {
	const ctx = await requireOrg(event, 'assessment.edit');
	const section = sectionOr404(event.params.section);
	const data = await event.request.formData().catch(() => new FormData());
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	return { section, scope, ...splitControls(readDraft(section, data)) };
}

/** Field messages keyed like the form's fields, so each shows under its own question. */
function fieldMessages(issues: AnswerIssue[]): Record<string, string> {
	return Object.fromEntries(issues.map((i) => [fieldBase(i.questionId, i.itemId), validationMessage(i.code, questionById(i.questionId))]));
}

export const sectionActions = {
	/**
	 * One action for the save button (without JavaScript) and the autosave (with it). Invalid answers come
	 * back with everything as typed; a stale revision comes back with the stored version to compare.
	 */
	save: async (event: Event) => {
		const { section, scope, values, expectedRevision } = await posted(event);
		try {
			const result = await saveSection(event.locals.db, scope, event.params.id, {
				sectionId: section.id,
				answers: decodeSection(section, values),
				expectedRevision
			});
			const errors = fieldMessages(result.issues);
			// what the navigator and the model DPIA's notes beside the form now say (the page is not loaded again)
			const progress = { sectionId: section.id, ...result.progress };
			const model = await sectionAttribution(event.locals.db, result.versionId, section.id, getLocale() === 'en' ? 'en' : 'nl');
			// refused answers that differ from what is stored are not saved: say so, and keep them as typed
			if (result.issues.some((i) => !i.kept)) {
				return fail(400, { kind: 'save' as const, values, revision: result.revision, errors, progress, model, message: m.qn_saved_partly() });
			}
			return { kind: 'save' as const, values: encodeSection(section, result.record), revision: result.revision, errors, progress, model, saved: true };
		} catch (cause) {
			if (cause instanceof AssessmentLocked) {
				return fail(409, { kind: 'locked' as const, values, revision: expectedRevision, errors: {}, message: m.wf_error_locked() });
			}
			if (!(cause instanceof EditConflict)) return actionFailure(cause, values);
			return fail(409, {
				kind: 'conflict' as const,
				values,
				revision: expectedRevision,
				errors: {},
				message: m.qn_conflict_title(),
				conflict: {
					values: encodeSection(section, cause.stored),
					revision: cause.revision,
					savedBy: cause.savedBy,
					savedAt: cause.savedAt?.toISOString() ?? null
				}
			});
		}
	},

	/** Without JavaScript: one more empty item, nothing saved yet (the page says so). */
	addItem: async (event: Event) => {
		const { section, values, expectedRevision } = await posted(event);
		if (!section.repeatable) error(404, 'Not found');
		const id = newItemId();
		return { kind: 'items' as const, values: withItem(section, values, id), revision: expectedRevision, errors: {}, message: m.qn_item_added(), focus: id };
	},

	removeItem: async (event: Event) => {
		const { section, values, expectedRevision, removeItem } = await posted(event);
		if (!section.repeatable) error(404, 'Not found');
		return { kind: 'items' as const, values: withoutItem(values, removeItem), revision: expectedRevision, errors: {}, message: m.qn_item_removed(), focus: '' };
	}
};

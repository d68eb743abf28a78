import { fail, redirect } from '@sveltejs/kit';
import { THEMES, type PrescanAnswers } from '$lib/domain/prescan';
import { m } from '$lib/paraglide/messages';
import { answersFromForm, EMPTY_ANSWERS, stepFromForm } from '$lib/components/prescan/step-form';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure } from '$lib/server/services/http';
import { readProcessing, savePrescan } from '$lib/server/services/register';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'prescan.run');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const found = await readProcessing(event.locals.db, scope, event.params.id).catch(loadFailure);
	// A re-run starts from the previous answers: usually only one thing changed.
	const answers = (found.prescan?.answers as PrescanAnswers | null) ?? EMPTY_ANSWERS;
	return { processing: { id: found.processing.id, name: found.processing.name }, answers };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const data = await event.request.formData();
		const step = stepFromForm(data);
		const parsed = answersFromForm(data);
		if (!parsed.ok) return fail(400, { step, answers: null, message: m.prescan_error_answers() });
		const go = data.get('go');
		if (go === 'back') return { step: Math.max(0, step - 1), answers: parsed.answers };
		if (go !== 'finish' || step < THEMES.length - 1) return { step: Math.min(THEMES.length - 1, step + 1), answers: parsed.answers };
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		await savePrescan(event.locals.db, scope, event.params.id, parsed.answers, ctx.organisation.policy).catch(loadFailure);
		redirect(303, `/o/${ctx.organisation.slug}/processings/${event.params.id}#uitkomst`);
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { updateBlock, type UpdateBlock } from '$lib/domain/model/update';
import { can } from '$lib/domain/roles';
import type { State } from '$lib/domain/workflow/states';
import { isUuid } from '$lib/ids';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { actionFailure, loadFailure } from '$lib/server/services/http';
import { adoptModelUpdate, ModelUpdateRefused, updatePreview } from '$lib/server/services/model-update';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import type { Actions, PageServerLoad } from './$types';

/** Why the update cannot be adopted now, in the reader's language; null when it can. */
const blockMessage = (block: UpdateBlock | 'no_update' | null) =>
	block === 'in_review' ? m.model_update_in_review() : block === 'closed' ? m.model_update_closed() : block === 'no_update' ? m.model_update_none() : null;

const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const preview = await updatePreview(event.locals.db, scopeOf(ctx), event.params.id).catch((cause) => (cause instanceof NotFound && cause.what === 'model' ? null : loadFailure(cause)));
	if (!preview) return { update: null, canAdopt: false, blocked: null };
	const { diff } = preview;
	const blocked = blockMessage(updateBlock(preview.version.status));
	return {
		canAdopt: can(ctx.role, 'assessment.edit') && blocked === null,
		blocked,
		update: {
			system: preview.model.system,
			from: preview.from,
			to: preview.to,
			answers: diff.answers.map((a) => ({ key: a.key, change: a.change, before: show(a.before), after: show(a.after) })),
			risks: diff.risks.map((r) => ({ key: r.key, change: r.change, title: (r.after ?? r.before)!.title, before: r.before ? `${r.before.severity}×${r.before.likelihood}` : '—', after: r.after ? `${r.after.severity}×${r.after.likelihood}` : '—' })),
			supplierMeasures: diff.supplierMeasures.map((s) => ({ key: s.key, change: s.change, title: (s.after ?? s.before)!.title, before: s.before?.status ?? null, beforeOn: s.before?.agreedOn ?? null, after: s.after?.status ?? null, afterOn: s.after?.agreedOn ?? null })),
			schoolMeasures: diff.schoolMeasures.map((s) => ({ key: s.key, change: s.change, title: (s.after ?? s.before)!.title })),
			conflicts: preview.conflicts.map((c) => ({ id: c.id, label: c.label, local: show(c.local), model: show(c.model), reason: c.reason }))
		}
	};
};

export const actions: Actions = {
	adopt: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const data = await event.request.formData().catch(() => new FormData());
		const to = String(data.get('to') ?? '');
		if (!isUuid(to)) return fail(400, { message: m.model_error_item() });
		const choices: Record<string, 'model' | 'local'> = {};
		for (const [name, value] of data) if (name.startsWith('choice:') && (value === 'model' || value === 'local')) choices[name.slice(7)] = value;
		try {
			await adoptModelUpdate(event.locals.db, scopeOf(ctx), event.params.id, to, choices);
		} catch (cause) {
			if (cause instanceof ModelUpdateRefused) return fail(409, { message: blockMessage(cause.code) });
			if (cause instanceof NotFound) return fail(404, { message: m.model_error_item() });
			return actionFailure(cause);
		}
		redirect(303, `/o/${ctx.organisation.slug}/assessments/${event.params.id}/model?adopted=1`);
	}
};

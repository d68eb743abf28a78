import {
	adviceForm,
	archiveForm,
	consultationForm,
	decisionForm,
	newVersionForm,
	noteForm,
	requestChangesForm,
	shareForm
} from '$lib/components/risk/workflow-forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure, todayInNl } from '$lib/server/services/http';
import { workflowView } from '$lib/server/services/workflow-view';
import { step } from './step';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user), role: ctx.role };
	const today = todayInNl();
	const view = await workflowView(event.locals.db, scope, event.params.id, today).catch(loadFailure);
	return { ...view, today, done: event.url.searchParams.get('done') };
};

export const actions: Actions = {
	submit: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		return step(event, ctx, 'submit', noteForm, (d) => ({ note: d.note || undefined }));
	},
	request_changes: async (event) => {
		const ctx = await requireOrg(event, 'assessment.advise');
		return step(event, ctx, 'request_changes', requestChangesForm, (d) => ({ note: d.note }));
	},
	advise: async (event) => {
		const ctx = await requireOrg(event, 'assessment.advise');
		return step(event, ctx, 'advise', adviceForm, (d) => ({ advice: d, note: d.text }));
	},
	decide: async (event) => {
		const ctx = await requireOrg(event, 'assessment.decide');
		return step(event, ctx, 'decide', decisionForm, (d) => ({ decision: d, note: d.motivation }));
	},
	log_consultation: async (event) => {
		const ctx = await requireOrg(event, 'assessment.share');
		return step(event, ctx, 'log_consultation', consultationForm, (d) => ({ consultation: d, note: d.outcome || undefined }));
	},
	share_gmr: async (event) => {
		const ctx = await requireOrg(event, 'assessment.share');
		return step(event, ctx, 'share_gmr', shareForm, (d) => ({ share: d }));
	},
	sign_off: async (event) => {
		const ctx = await requireOrg(event, 'assessment.decide');
		return step(event, ctx, 'sign_off', noteForm, (d) => ({ note: d.note || undefined }));
	},
	new_version: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		return step(event, ctx, 'new_version', newVersionForm, (d) => ({ newVersion: d }));
	},
	archive: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		return step(event, ctx, 'archive', archiveForm, (d) => ({ note: d.note }));
	}
};

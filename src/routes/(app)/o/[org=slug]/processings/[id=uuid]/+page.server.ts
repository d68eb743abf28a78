import { redirect } from '@sveltejs/kit';
import { fgViewForm, reasoningForm } from '$lib/components/prescan/forms';
import { linkSupplierForm } from '$lib/components/supplier/forms';
import { can } from '$lib/domain/roles';
import type { PrescanResult } from '$lib/domain/prescan';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { loadFailure } from '$lib/server/services/http';
import { readProcessing, recordFgView, recordReasoning, startAssessment } from '$lib/server/services/register';
import { scopeOf } from '$lib/server/services/scope';
import { activeSuppliers, supplierFlagsOf } from '$lib/server/services/supplier-view';
import { linkProcessing } from '$lib/server/services/suppliers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const found = await readProcessing(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, event.params.id).catch(loadFailure);
	const prescan = found.prescan;
	const mayLink = can(ctx.role, 'prescan.run');
	const [supplier, suppliers] = await Promise.all([
		supplierFlagsOf(event.locals.db, scopeOf(ctx), found.processing.supplierId),
		mayLink ? activeSuppliers(event.locals.db, scopeOf(ctx)) : []
	]);
	return {
		supplier,
		suppliers,
		processing: found.processing,
		schools: found.schools,
		assessmentId: found.assessment?.id ?? null,
		prescan: prescan
			? { result: prescan.result as PrescanResult, createdAt: prescan.createdAt, reasoning: prescan.reasoning, fgView: prescan.fgView, fgViewAt: prescan.fgViewAt }
			: null,
		can: { edit: can(ctx.role, 'prescan.run'), advise: can(ctx.role, 'assessment.advise') }
	};
};

export const actions: Actions = {
	reasoning: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const parsed = await parseForm(event.request, reasoningForm);
		if (!parsed.ok) return parsed.failure;
		await recordReasoning(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, event.params.id, parsed.data.reasoning).catch(loadFailure);
		return { saved: 'reasoning' as const };
	},
	fgView: async (event) => {
		const ctx = await requireOrg(event, 'assessment.advise');
		const parsed = await parseForm(event.request, fgViewForm);
		if (!parsed.ok) return parsed.failure;
		await recordFgView(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, event.params.id, parsed.data.fgView).catch(loadFailure);
		return { saved: 'fgView' as const };
	},
	supplier: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const parsed = await parseForm(event.request, linkSupplierForm);
		if (!parsed.ok) return parsed.failure;
		await linkProcessing(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.supplierId || null).catch(loadFailure);
		return { saved: 'supplier' as const };
	},
	start: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const assessment = await startAssessment(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, event.params.id).catch(loadFailure);
		redirect(303, `/o/${ctx.organisation.slug}/assessments/${assessment.id}`);
	}
};

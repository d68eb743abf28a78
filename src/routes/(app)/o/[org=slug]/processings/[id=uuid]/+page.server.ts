import { redirect } from '@sveltejs/kit';
import { documentIdForm } from '$lib/components/documents/forms';
import { fgViewForm, reasoningForm } from '$lib/components/prescan/forms';
import { emptyForm, linkSupplierForm } from '$lib/components/supplier/forms';
import { can } from '$lib/domain/roles';
import type { PrescanResult } from '$lib/domain/prescan';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { readUpload } from '$lib/server/documents/form';
import { parseForm } from '$lib/server/forms';
import * as documents from '$lib/server/services/documents';
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
	const [supplier, suppliers, files] = await Promise.all([
		supplierFlagsOf(event.locals.db, scopeOf(ctx), found.processing.supplierId),
		mayLink ? activeSuppliers(event.locals.db, scopeOf(ctx)) : [],
		documents.listProcessingDocuments(event.locals.db, scopeOf(ctx), found.processing.id)
	]);
	return {
		supplier,
		suppliers,
		documents: files,
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
	/** A multipart upload, stored as it streams in (works without JavaScript); a refusal sits beside the field. */
	addDocument: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const upload = await readUpload(event.request, emptyForm, 'doc_added', (file) =>
			documents.addProcessingDocument(event.locals.db, scopeOf(ctx), event.params.id, { file })
		).catch(loadFailure);
		return upload.ok ? { saved: 'doc_added' as const } : upload.failure;
	},
	removeDocument: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const parsed = await parseForm(event.request, documentIdForm);
		if (!parsed.ok) return parsed.failure;
		await documents.removeProcessingDocument(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.documentId).catch(loadFailure);
		return { saved: 'doc_removed' as const };
	},
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

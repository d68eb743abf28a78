import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { documentIdForm, supplierDocumentForm } from '$lib/components/documents/forms';
import { certificationForm, emptyForm, removeItemForm, subProcessorForm, supplierForm } from '$lib/components/supplier/forms';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { readUpload } from '$lib/server/documents/form';
import { formFailure, parseForm } from '$lib/server/forms';
import * as documents from '$lib/server/services/documents';
import { loadFailure, todayInNl } from '$lib/server/services/http';
import { NotFound, scopeOf, type Scope } from '$lib/server/services/scope';
import { countryChoices, supplierPage } from '$lib/server/services/supplier-view';
import * as suppliers from '$lib/server/services/suppliers';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const view = await supplierPage(event.locals.db, scopeOf(ctx), event.params.supplierId, todayInNl()).catch(loadFailure);
	const files = await documents.listSupplierDocuments(event.locals.db, scopeOf(ctx), event.params.supplierId);
	const canManage = can(ctx.role, 'supplier.manage');
	return { ...view, documents: files, canManage, countries: canManage ? countryChoices() : [], notice: event.url.searchParams.get('notice') };
};

/**
 * One supplier form action: guard, parse, one service call; a missing supplier is 404, a taken name a field
 * message. A refusal names its form (`done`), so the page shows the messages beside the right fields.
 */
function action<S extends z.ZodType>(schema: S, run: (scope: Scope, id: string, data: z.output<S>, event: RequestEvent) => Promise<unknown>, done: string) {
	return async (event: RequestEvent) => {
		const ctx = await requireOrg(event, 'supplier.manage');
		const parsed = await parseForm(event.request, schema);
		if (!parsed.ok) return fail(parsed.failure.status, { ...parsed.failure.data, form: done });
		try {
			await run(scopeOf(ctx), event.params.supplierId!, parsed.data, event);
			return { done };
		} catch (cause) {
			if (cause instanceof NotFound) error(404, 'Not found');
			if (cause instanceof suppliers.SupplierError) return fail(400, { ...formFailure(400, parsed.values, { name: m.supplier_error_name_taken() }).data, form: done });
			throw cause;
		}
	};
}

/** A multipart upload, stored as it streams in; a refusal is a message beside the file field. */
async function addDocument(event: RequestEvent) {
	const ctx = await requireOrg(event, 'supplier.manage');
	try {
		const upload = await readUpload(event.request, supplierDocumentForm, 'doc_added', (file, data) =>
			documents.addSupplierDocument(event.locals.db, scopeOf(ctx), event.params.supplierId!, { file, kind: data.kind })
		);
		return upload.ok ? { done: 'doc_added' } : upload.failure;
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		throw cause;
	}
}

/**
 * A new version of one document, kept with the earlier one. The address names the document too, so a body
 * too large to read still gets its message beside the right document's field.
 */
async function replaceDocument(event: RequestEvent) {
	const ctx = await requireOrg(event, 'supplier.manage');
	const known = { documentId: event.url.searchParams.get('document') ?? '' };
	try {
		const upload = await readUpload(
			event.request,
			documentIdForm,
			'doc_replaced',
			(file, data) => documents.replaceSupplierDocument(event.locals.db, scopeOf(ctx), event.params.supplierId!, data.documentId, { file }),
			known
		);
		return upload.ok ? { done: 'doc_replaced' } : upload.failure;
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		throw cause;
	}
}

export const actions: Actions = {
	addDocument,
	replaceDocument,
	removeDocument: action(documentIdForm, (scope, id, data, e) => documents.removeSupplierDocument(e.locals.db, scope, id, data.documentId), 'doc_removed'),
	update: action(supplierForm, (scope, id, data, e) => suppliers.updateSupplier(e.locals.db, scope, id, data), 'updated'),
	addSubProcessor: action(subProcessorForm, (scope, id, data, e) => suppliers.addSubProcessor(e.locals.db, scope, id, data), 'sub_added'),
	removeSubProcessor: action(removeItemForm, (scope, id, data, e) => suppliers.removeSubProcessor(e.locals.db, scope, id, data.index), 'sub_removed'),
	addCertification: action(certificationForm, (scope, id, data, e) => suppliers.addCertification(e.locals.db, scope, id, data), 'cert_added'),
	removeCertification: action(removeItemForm, (scope, id, data, e) => suppliers.removeCertification(e.locals.db, scope, id, data.index), 'cert_removed'),
	archive: action(emptyForm, (scope, id, _data, e) => suppliers.setArchived(e.locals.db, scope, id, true), 'archived'),
	reactivate: action(emptyForm, (scope, id, _data, e) => suppliers.setArchived(e.locals.db, scope, id, false), 'reactivated')
};

import { redirect } from '@sveltejs/kit';
import { supplierForm } from '$lib/components/supplier/forms';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { scopeOf } from '$lib/server/services/scope';
import { formFailure, parseForm } from '$lib/server/forms';
import { countryChoices } from '$lib/server/services/supplier-view';
import { createSupplier, SupplierError } from '$lib/server/services/suppliers';
import type { Actions, PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = async (event) => {
	await requireOrg(event, 'supplier.manage');
	return { countries: countryChoices() };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'supplier.manage');
		const parsed = await parseForm(event.request, supplierForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const created = await createSupplier(event.locals.db, scopeOf(ctx), parsed.data);
			redirect(303, `/o/${ctx.organisation.slug}/suppliers/${created.id}?notice=created`);
		} catch (cause) {
			if (cause instanceof SupplierError) return formFailure(400, parsed.values, { name: m.supplier_error_name_taken() });
			throw cause;
		}
	}
};

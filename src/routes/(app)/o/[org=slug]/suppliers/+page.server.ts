import { can } from '$lib/domain/roles';
import { requireOrg } from '$lib/server/auth/guard';
import { scopeOf } from '$lib/server/services/scope';
import { todayInNl } from '$lib/server/services/http';
import { supplierList } from '$lib/server/services/supplier-view';
import type { PageServerLoad } from './$types';

// Plain server-rendered pages: their forms post without JavaScript, and there is nothing to hydrate.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	return { suppliers: await supplierList(event.locals.db, scopeOf(ctx), todayInNl()), canManage: can(ctx.role, 'supplier.manage') };
};

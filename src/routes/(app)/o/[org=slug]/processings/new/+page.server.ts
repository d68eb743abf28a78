import { redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { processingForm } from '$lib/components/prescan/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { formFailure, parseForm } from '$lib/server/forms';
import { organisationSchools } from '$lib/server/repo/processings';
import { createProcessing, UnknownSchool } from '$lib/server/services/register';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'prescan.run');
	return { schools: await organisationSchools(event.locals.db, ctx.organisation.id), canManageSchools: can(ctx.role, 'org.manage') };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const parsed = await parseForm(event.request, processingForm, { multi: ['schoolIds'] });
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = (await createProcessing(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, parsed.data)).id;
		} catch (cause) {
			if (cause instanceof UnknownSchool) return formFailure(400, parsed.values, { schoolIds: m.processing_error_school() });
			throw cause;
		}
		redirect(303, `/o/${ctx.organisation.slug}/processings/${id}/prescan`);
	}
};

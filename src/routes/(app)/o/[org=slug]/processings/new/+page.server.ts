import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { newProcessingForm } from '$lib/components/prescan/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { formFailure, parseForm, safeValues } from '$lib/server/forms';
import { organisationSchools } from '$lib/server/repo/processings';
import { createProcessing, NameInUse, UnknownSchool } from '$lib/server/services/register';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'prescan.run');
	return { schools: await organisationSchools(event.locals.db, ctx.organisation.id), canManageSchools: can(ctx.role, 'org.manage') };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'prescan.run');
		const parsed = await parseForm(event.request, newProcessingForm, { multi: ['schoolIds'] });
		if (!parsed.ok) return parsed.failure;
		const { sameName, ...input } = parsed.data;
		let id: string;
		try {
			const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
			id = (await createProcessing(event.locals.db, scope, input, { refuseNameInUse: sameName !== 'new' })).id;
		} catch (cause) {
			if (cause instanceof NameInUse) return fail(409, { values: safeValues(parsed.values), errors: { name: m.processing_same_name() }, existing: cause.existing });
			if (cause instanceof UnknownSchool) return formFailure(400, parsed.values, { schoolIds: m.processing_error_school() });
			throw cause;
		}
		redirect(303, `/o/${ctx.organisation.slug}/processings/${id}/prescan`);
	}
};

import { schoolForm, schoolIdForm, schoolUpdateForm } from '$lib/components/admin/school-forms';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { formFailure, parseForm, type FormValues } from '$lib/server/forms';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import { addSchool, listSchools, SchoolError, setSchoolActive, updateSchool } from '$lib/server/services/schools';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'org.manage');
	return { schools: await listSchools(event.locals.db, scopeOf(ctx)) };
};

/** A refusal of the service as a message beside its field; anything else is not the form's fault. */
function refusal(cause: unknown, values: FormValues) {
	if (cause instanceof SchoolError) {
		const errors: Record<string, string> = cause.code === 'name_taken' ? { name: m.schools_error_name_taken() } : { brin: m.schools_error_brin_taken() };
		return formFailure(400, values, errors);
	}
	if (cause instanceof NotFound) return formFailure(404, values, {}, m.schools_error_not_found());
	throw cause;
}

export const actions: Actions = {
	add: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, schoolForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const school = await addSchool(event.locals.db, scopeOf(ctx), parsed.data);
			return { done: m.schools_added({ name: school.name }) };
		} catch (cause) {
			return refusal(cause, parsed.values);
		}
	},
	update: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, schoolUpdateForm);
		if (!parsed.ok) return parsed.failure;
		const { schoolId, ...facts } = parsed.data;
		try {
			const school = await updateSchool(event.locals.db, scopeOf(ctx), schoolId, facts);
			return { done: m.schools_saved({ name: school.name }) };
		} catch (cause) {
			return refusal(cause, parsed.values);
		}
	},
	archive: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, schoolIdForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const school = await setSchoolActive(event.locals.db, scopeOf(ctx), parsed.data.schoolId, false);
			return { done: m.schools_archived({ name: school.name }) };
		} catch (cause) {
			return refusal(cause, parsed.values);
		}
	},
	reactivate: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, schoolIdForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const school = await setSchoolActive(event.locals.db, scopeOf(ctx), parsed.data.schoolId, true);
			return { done: m.schools_reactivated({ name: school.name }) };
		} catch (cause) {
			return refusal(cause, parsed.values);
		}
	}
};

import { error, redirect } from '@sveltejs/kit';
import { setupForm } from '$lib/components/account/forms';
import { m } from '$lib/paraglide/messages';
import { requireAnonymous, requireSetupAllowed } from '$lib/server/auth/entry-guards';
import { formFailure, parseForm } from '$lib/server/forms';
import { AccountError } from '$lib/server/services/accounts';
import { completeFirstRun } from '$lib/server/services/first-run';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireSetupAllowed(event);
	requireAnonymous(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		await requireSetupAllowed(event);
		requireAnonymous(event);
		const parsed = await parseForm(event.request, setupForm);
		if (!parsed.ok) return parsed.failure;
		const { organisationName, slug, name, email, password } = parsed.data;
		try {
			await completeFirstRun(event.locals.db, { organisationName, slug, name, email, password });
		} catch (cause) {
			if (cause instanceof AccountError && cause.code === 'setup_done') error(404, 'Not found');
			if (cause instanceof AccountError && cause.code === 'slug_taken') return formFailure(400, parsed.values, { slug: m.auth_error_slug_taken() });
			throw cause;
		}
		// Logging in straight away would skip proving the password works; the login page says what happened.
		redirect(303, '/login?notice=setup');
	}
};

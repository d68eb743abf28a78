import { error } from '@sveltejs/kit';
import { resetForm } from '$lib/components/account/reset-forms';
import { m } from '$lib/paraglide/messages';
import { formFailure, parseForm } from '$lib/server/forms';
import { resetPassword, resetTokenState } from '$lib/server/services/password-reset';
import type { Actions, PageServerLoad } from './$types';

/**
 * The link from the reset mail. Only the token opens it: a token that is no link of ours is 404 for
 * everyone; a used or expired one says so plainly, so the person knows to ask for a new one.
 */
export const load: PageServerLoad = async (event) => {
	const found = await resetTokenState(event.locals.db, event.params.token);
	if (!found) error(404, 'Not found');
	return { state: found.state };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, resetForm);
		if (!parsed.ok) {
			if (!(await resetTokenState(event.locals.db, event.params.token))) error(404, 'Not found');
			return parsed.failure;
		}
		const result = await resetPassword(event.locals.db, { token: event.params.token, password: parsed.data.newPassword });
		if (result.ok) return { done: true };
		if (result.reason === 'not_found') error(404, 'Not found');
		return formFailure(410, {}, {}, result.reason === 'used' ? m.mail_reset_used() : m.mail_reset_expired());
	}
};

import { forgotForm } from '$lib/components/account/reset-forms';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import { waitText } from '$lib/server/auth/wait';
import { formFailure, parseForm } from '$lib/server/forms';
import { mailEnabled } from '$lib/server/mail/config';
import { requestPasswordReset } from '$lib/server/services/password-reset';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAnonymous(event);
	return { available: mailEnabled() };
};

export const actions: Actions = {
	default: async (event) => {
		requireAnonymous(event);
		const parsed = await parseForm(event.request, forgotForm);
		if (!parsed.ok) return parsed.failure;
		const result = await requestPasswordReset(event.locals.db, {
			email: parsed.data.email,
			ip: event.getClientAddress(),
			locale: getLocale(),
			origin: event.url.origin
		});
		if (result.ok) return { sent: true };
		if (result.reason === 'throttled') return formFailure(429, parsed.values, {}, m.mail_forgot_throttled({ wait: waitText(result.retryAt) }));
		return formFailure(503, parsed.values, {}, m.mail_forgot_unavailable());
	}
};

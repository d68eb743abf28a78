import { passwordForm } from '$lib/components/account/forms';
import { m } from '$lib/paraglide/messages';
import { requireSession } from '$lib/server/auth/guard';
import { safeNext } from '$lib/server/auth/next-url';
import { waitText } from '$lib/server/auth/wait';
import { formFailure, parseForm } from '$lib/server/forms';
import { changeOwnPassword } from '$lib/server/services/sign-in';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireSession(event);
	return { forced: user.mustChangePassword, next: safeNext(event.url.searchParams.get('next')) ?? '/' };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireSession(event);
		const parsed = await parseForm(event.request, passwordForm);
		if (!parsed.ok) return parsed.failure;
		const session = event.locals.session;
		if (!session) return formFailure(401, parsed.values, {}, m.error_403());
		const result = await changeOwnPassword(event.locals.db, {
			userId: user.id,
			sessionId: session.id,
			current: parsed.data.currentPassword,
			next: parsed.data.newPassword,
			ip: event.getClientAddress()
		});
		if (result.ok) return { changed: true };
		if (result.reason === 'wrong_current') return formFailure(400, parsed.values, { currentPassword: m.auth_error_current_wrong() });
		if (result.reason === 'same_as_current') return formFailure(400, parsed.values, { newPassword: m.auth_error_same_password() });
		return formFailure(429, parsed.values, {}, m.auth_password_throttled({ wait: waitText(result.retryAt) }));
	}
};

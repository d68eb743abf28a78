import { redirect } from '@sveltejs/kit';
import { loginForm } from '$lib/components/account/forms';
import { m } from '$lib/paraglide/messages';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import { CHANGE_PASSWORD_PATH } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/handle';
import { safeNext } from '$lib/server/auth/next-url';
import { waitText } from '$lib/server/auth/wait';
import { formFailure, parseForm } from '$lib/server/forms';
import { pendingInvitations } from '$lib/server/services/invitations';
import { logIn } from '$lib/server/services/sign-in';
import { loginOptions } from '$lib/server/services/sign-in-providers';
import type { Actions, PageServerLoad } from './$types';

const INVITATIONS_PATH = '/account/invitations';

// The first visit gets no JavaScript: the form is a plain post, and SvelteKit's and Svelte's own code alone
// (about 40 kB gzipped) is more than the whole page may weigh (issue 24: 40 kB). The price: after a refused
// login focus does not move to the message; it is the first thing in the form, as an alert, beside the
// fields it is about.
export const csr = false;

export const load: PageServerLoad = async (event) => {
	requireAnonymous(event);
	const notice = event.url.searchParams.get('notice');
	// loaded by the page, not a login layout: a layout would be one more script on the first visit
	return { notice: notice === 'setup' || notice === 'logout' ? notice : null, signIn: await loginOptions(event.locals.db) };
};

export const actions: Actions = {
	default: async (event) => {
		requireAnonymous(event);
		const parsed = await parseForm(event.request, loginForm);
		if (!parsed.ok) return parsed.failure;
		const result = await logIn(event.locals.db, { ...parsed.data, ip: event.getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'sso_only') return formFailure(403, parsed.values, {}, m.sso_password_off());
			if (result.reason === 'throttled') return formFailure(429, parsed.values, {}, m.auth_login_throttled({ wait: waitText(result.retryAt) }));
			return formFailure(400, parsed.values, {}, m.auth_login_invalid());
		}
		setSessionCookie(event, result.token);
		const next = safeNext(event.url.searchParams.get('next'));
		if (result.user.mustChangePassword) redirect(303, next ? `${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}` : CHANGE_PASSWORD_PATH);
		// Invitations are answered at login, before the person goes on (the admin waits on the answer).
		if ((await pendingInvitations(event.locals.db, result.user.email)).length) {
			redirect(303, next ? `${INVITATIONS_PATH}?next=${encodeURIComponent(next)}` : INVITATIONS_PATH);
		}
		redirect(303, next ?? '/');
	}
};

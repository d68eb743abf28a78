import { redirect } from '@sveltejs/kit';
import { clearStateCookie, redirectUri, STATE_COOKIE } from '$lib/server/auth/oidc-cookie';
import { setSessionCookie } from '$lib/server/auth/handle';
import { pendingInvitations } from '$lib/server/services/invitations';
import { finishSignIn } from '$lib/server/services/oidc-sign-in';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import type { RequestHandler } from './$types';

const INVITATIONS_PATH = '/account/invitations';

/**
 * Where the provider sends the person back (a GET, so the form origin check does not apply: the state,
 * bound to this browser by its cookie and usable once, is what proves the sign-in began here).
 */
export const GET: RequestHandler = async (event) => {
	requireAnonymous(event);
	const callbackUrl = new URL(redirectUri(event) + event.url.search);
	const result = await finishSignIn(event.locals.db, { callbackUrl, cookieState: event.cookies.get(STATE_COOKIE), ip: event.getClientAddress() });
	clearStateCookie(event);
	if (!result.ok) redirect(303, `/login/oidc?error=${result.reason}`);
	setSessionCookie(event, result.token);
	const next = result.next;
	if ((await pendingInvitations(event.locals.db, result.user.email)).length) {
		redirect(303, next ? `${INVITATIONS_PATH}?next=${encodeURIComponent(next)}` : INVITATIONS_PATH);
	}
	redirect(303, next ?? '/');
};

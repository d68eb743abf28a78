import { redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/next-url';
import { redirectUri, setStateCookie } from '$lib/server/auth/oidc-cookie';
import { startSignIn } from '$lib/server/services/oidc-sign-in';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import type { RequestHandler } from './$types';

/**
 * Sends the person to the board's provider. A link (GET), not a form: the pages' CSP says `form-action
 * 'self'`, and browsers apply that to every redirect after a form post, so a posted start could never reach
 * the provider. Starting is harmless to forge: it only opens the provider's login, and the state cookie set
 * here ties the answer to this browser.
 */
export const GET: RequestHandler = async (event) => {
	requireAnonymous(event);
	const slug = event.url.searchParams.get('org') ?? '';
	const next = safeNext(event.url.searchParams.get('next'));
	const started = slug.length <= 64 ? await startSignIn(event.locals.db, { slug, redirectUri: redirectUri(event), next }) : ({ ok: false, reason: 'not_configured' } as const);
	if (!started.ok) redirect(303, `/login/oidc?org=${encodeURIComponent(slug.slice(0, 64))}&error=${started.reason}`);
	setStateCookie(event, started.state);
	redirect(303, started.url.href);
};

import type { RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { ATTEMPT_TTL_MS } from '../services/oidc-sign-in';
import { appOrigin } from '../http/origin';
import { currentOriginPolicy } from '../http/origin-handle';

export const STATE_COOKIE = 'dpia_oidc_state';
export const CALLBACK_PATH = '/login/oidc/callback';

/**
 * The one redirect URI of this server, to register at every provider. Built from the app's origin (ORIGIN
 * when set), not from the Host header, so it matches what the admin registered.
 */
export function redirectUri(event: Pick<RequestEvent, 'url'>): string {
	return appOrigin(currentOriginPolicy(), event.url) + CALLBACK_PATH;
}

/** SameSite=Lax: the provider sends the person back with a top-level GET, which carries it. */
export function setStateCookie(event: RequestEvent, state: string): void {
	event.cookies.set(STATE_COOKIE, state, {
		path: '/login/oidc',
		httpOnly: true,
		sameSite: 'lax',
		secure: !dev && event.url.protocol === 'https:',
		maxAge: ATTEMPT_TTL_MS / 1000
	});
}

export function clearStateCookie(event: RequestEvent): void {
	event.cookies.delete(STATE_COOKIE, { path: '/login/oidc' });
}

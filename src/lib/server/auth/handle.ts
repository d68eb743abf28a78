import type { Handle, RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { db } from '../db';
import { validateApiToken } from './api-token';
import { INACTIVITY_TIMEOUT_MS, SESSION_COOKIE, validateSession } from './session';

export function setSessionCookie(event: RequestEvent, token: string): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !dev && event.url.protocol === 'https:',
		maxAge: INACTIVITY_TIMEOUT_MS / 1000
	});
}

export function clearSessionCookie(event: RequestEvent): void {
	event.cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** Fills `locals` with the database, the session user and, for `/api`, a bearer-token principal. */
export const authHandle: Handle = async ({ event, resolve }) => {
	event.locals.db = await db();
	event.locals.user = null;
	event.locals.session = null;
	event.locals.apiPrincipal = null;

	const bearer = event.request.headers.get('authorization');
	if (bearer?.startsWith('Bearer ') && event.url.pathname.startsWith('/api/')) {
		event.locals.apiPrincipal = await validateApiToken(event.locals.db, bearer.slice(7).trim());
		return resolve(event);
	}

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const valid = await validateSession(event.locals.db, token);
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = valid.session;
			event.locals.memberships = { userId: valid.user.id, rows: Promise.resolve(valid.memberships) };
			if (valid.session.renewed) setSessionCookie(event, token);
		} else {
			clearSessionCookie(event);
		}
	}
	return resolve(event);
};

import { redirect } from '@sveltejs/kit';
import { requireSession } from '$lib/server/auth/guard';
import { clearSessionCookie } from '$lib/server/auth/handle';
import { invalidateSession } from '$lib/server/auth/session';
import type { RequestHandler } from './$types';

// POST only: a logout link (GET) could be triggered by any page that embeds it as an image.
export const POST: RequestHandler = async (event) => {
	requireSession(event);
	if (event.locals.session) await invalidateSession(event.locals.db, event.locals.session.id);
	clearSessionCookie(event);
	redirect(303, '/login?notice=logout');
};

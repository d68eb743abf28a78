import { error } from '@sveltejs/kit';
import { calendarFeed } from '$lib/server/services/calendar';
import type { RequestHandler } from './$types';

/**
 * Public by design: calendar apps cannot log in, so the secret in the URL is the credential
 * (see services/calendar.ts). An unknown or rotated secret is a plain 404.
 */
export const GET: RequestHandler = async (event) => {
	const body = await calendarFeed(event.locals.db, event.params.token, { origin: event.url.origin });
	if (body === null) error(404, 'Not found');
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="dpia-herbeoordelingen.ics"',
			'cache-control': 'private, max-age=900',
			'x-robots-tag': 'noindex'
		}
	});
};

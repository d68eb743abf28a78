import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { baseLocale } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { authHandle } from '$lib/server/auth/handle';
import { closeDatabase, database, db } from '$lib/server/db';
import { compress } from '$lib/server/http/compress';
import { localeLinkHeader, localePage } from '$lib/server/http/locale-assets';
import { describePolicy } from '$lib/server/http/origin';
import { currentOriginPolicy, originHandle } from '$lib/server/http/origin-handle';
import { errorFields, log } from '$lib/server/log';
import { startMailWorker } from '$lib/server/mail/worker';
import { securityHeaders } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	const opened = await database();
	log.info('database ready', { engine: opened.kind, location: opened.location });
	log.info(describePolicy(currentOriginPolicy(), process.env.PORT));
	// The outbox's sender and timed notifications; the outbox itself is in the database, not here.
	const mail = startMailWorker(db);
	// adapter-node emits this on SIGTERM/SIGINT once requests have drained; close so the process can exit.
	process.once('sveltekit:shutdown' as never, () => {
		mail.stop();
		void closeDatabase();
	});
};

const requestId: Handle = ({ event, resolve }) => {
	event.locals.requestId = crypto.randomUUID();
	return resolve(event);
};

// A page in another language than the base one loads that language's build of the browser code (no other
// language's messages in it): see locale-assets.ts.
const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		const ownTree = locale !== baseLocale;
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html.replace('%paraglide.lang%', locale);
				return ownTree ? localePage(page, locale) : page;
			}
		});
		const link = response.headers.get('link');
		if (ownTree && link) response.headers.set('link', localeLinkHeader(link, locale));
		return response;
	});

// compress comes first so that it sees the answer last, with every header the others set. The origin check
// refuses foreign form posts before the session is looked up; security headers wrap everything after
// them, that refusal included.
export const handle = sequence(compress, requestId, i18n, securityHeaders, originHandle, authHandle);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message };
	log.error('unhandled error', {
		requestId: event.locals.requestId,
		path: event.url.pathname,
		status,
		error: errorFields(error)
	});
	return { message: 'Internal error', requestId: event.locals.requestId };
};

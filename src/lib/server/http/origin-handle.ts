import type { Handle } from '@sveltejs/kit';
import { json, text } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { appOrigin, formOriginAllowed, isFormSubmission, originPolicy, type OriginPolicy } from './origin';

let policy: OriginPolicy | undefined;

/** Read once: the environment does not change while the server runs. */
export function currentOriginPolicy(): OriginPolicy {
	policy ??= originPolicy(process.env);
	return policy;
}

/**
 * Our CSRF check, in place of SvelteKit's (`csrf.trustedOrigins: ['*']` in svelte.config.js), which compares
 * against adapter-node's guess of https://<Host> and so refused every form when ORIGIN was not set.
 */
export const originHandle: Handle = ({ event, resolve }) => {
	const current = currentOriginPolicy();
	// Without ORIGIN or a proxy, the embedded server is reached over plain HTTP: say so in the request URL,
	// so cookies are not marked Secure and links the app writes (the calendar feed's) are right.
	if (current.kind === 'local' && !current.proxied) event.url.protocol = 'http:';
	const from = event.request.headers.get('origin');
	if (!isFormSubmission(event.request) || formOriginAllowed(current, event.url, from)) return resolve(event);

	const message = m.http_form_foreign_origin({ from: from ?? m.http_form_origin_unknown(), expected: appOrigin(current, event.url) });
	return event.request.headers.get('accept')?.includes('application/json')
		? json({ message }, { status: 403 })
		: text(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
};

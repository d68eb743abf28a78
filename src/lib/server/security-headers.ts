import type { Handle } from '@sveltejs/kit';

/** Headers SvelteKit's CSP config does not set; CSP itself comes from svelte.config.js (nonces). */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (!response.headers.has('Cache-Control') && event.locals.user) {
		// Pages of a logged-in user hold personal data: keep them out of shared caches.
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

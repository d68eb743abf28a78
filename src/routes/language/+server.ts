import { redirect } from '@sveltejs/kit';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import { sameSitePath } from '$lib/server/auth/next-url';
import type { RequestHandler } from './$types';

// Public by design: choosing the interface language needs no account (the login page offers it too).
// A plain form post, so it works without JavaScript. The way back is checked as the login checks its next
// page: `/\evil.example` or `/<tab>/evil.example` start with one slash and still lead to another host.
export const POST: RequestHandler = async ({ request, cookies }) => {
	const data = await request.formData();
	const locale = data.get('locale');
	const back = data.get('redirect');
	if (typeof locale === 'string' && isLocale(locale)) {
		cookies.set(cookieName, locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 400 });
	}
	redirect(303, sameSitePath(typeof back === 'string' ? back : null) ?? '/');
};

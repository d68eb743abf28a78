import { redirect } from '@sveltejs/kit';
import { cookieName, isLocale } from '$lib/paraglide/runtime';
import type { RequestHandler } from './$types';

// Public by design: choosing the interface language needs no account (the login page offers it too).
// A plain form post, so it works without JavaScript; only same-site paths are accepted as the way back.
export const POST: RequestHandler = async ({ request, cookies }) => {
	const data = await request.formData();
	const locale = data.get('locale');
	const back = String(data.get('redirect') ?? '/');
	if (typeof locale === 'string' && isLocale(locale)) {
		cookies.set(cookieName, locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 400 });
	}
	redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/');
};

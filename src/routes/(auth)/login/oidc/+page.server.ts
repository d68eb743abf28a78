import { redirect } from '@sveltejs/kit';
import { domainOf } from '$lib/domain/sign-in-providers';
import { startForm } from '$lib/components/sign-in/forms';
import { m } from '$lib/paraglide/messages';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import { safeNext } from '$lib/server/auth/next-url';
import { redirectUri, setStateCookie } from '$lib/server/auth/oidc-cookie';
import { formFailure, parseForm } from '$lib/server/forms';
import { startSignIn } from '$lib/server/services/oidc-sign-in';
import { boardBySlug, boardsForDomain } from '$lib/server/services/sign-in-providers';
import { refusalMessage } from './refusals';
import type { Actions, PageServerLoad } from './$types';

/**
 * The school-account sign-in: `?org=<slug>` is a board's own login link (its button), `?error=` tells why
 * the last attempt came back refused. The start is a POST so the origin check guards it like every form.
 */
export const load: PageServerLoad = async (event) => {
	requireAnonymous(event);
	const slug = event.url.searchParams.get('org');
	const board = slug && slug.length <= 64 ? await boardBySlug(event.locals.db, slug) : null;
	return { board, error: refusalMessage(event.url.searchParams.get('error')) };
};

export const actions: Actions = {
	default: async (event) => {
		requireAnonymous(event);
		const parsed = await parseForm(event.request, startForm);
		if (!parsed.ok) return formFailure(400, parsed.failure.data.values, { email: m.auth_error_email() });
		const data = parsed.data;
		const email = 'email' in data ? data.email : undefined;
		let slug = 'org' in data ? data.org : null;
		if (email) {
			const boards = await boardsForDomain(event.locals.db, domainOf(email));
			if (!boards.length) return formFailure(400, parsed.values, { email: m.sso_no_board_for_domain() });
			// One domain at two boards (a shared ICT office): the person picks, by board name.
			if (boards.length > 1) return { choices: boards, email };
			slug = boards[0]!.slug;
		}
		const started = await startSignIn(event.locals.db, {
			slug: slug!,
			redirectUri: redirectUri(event),
			loginHint: email,
			next: safeNext(event.url.searchParams.get('next'))
		});
		if (!started.ok) return formFailure(started.reason === 'not_configured' ? 404 : 503, parsed.values, {}, refusalMessage(started.reason)!);
		setStateCookie(event, started.state);
		redirect(303, started.url.href);
	}
};

import { domainOf } from '$lib/domain/sign-in-providers';
import { startForm } from '$lib/components/sign-in/forms';
import { m } from '$lib/paraglide/messages';
import { requireAnonymous } from '$lib/server/auth/entry-guards';
import { formFailure, parseForm } from '$lib/server/forms';
import { boardBySlug, boardsForDomain, loginOptions } from '$lib/server/services/sign-in-providers';
import { refusalMessage } from './refusals';
import type { Actions, PageServerLoad } from './$types';

/**
 * The school-account sign-in page: `?org=<slug>` is a board's own login link (its button), `?error=`
 * tells why the last attempt came back refused. The form finds the board by the e-mail's domain.
 */
export const load: PageServerLoad = async (event) => {
	requireAnonymous(event);
	const slug = event.url.searchParams.get('org');
	const board = slug && slug.length <= 64 ? await boardBySlug(event.locals.db, slug) : null;
	return { board, error: refusalMessage(event.url.searchParams.get('error')), signIn: await loginOptions(event.locals.db) };
};

export const actions: Actions = {
	default: async (event) => {
		requireAnonymous(event);
		const parsed = await parseForm(event.request, startForm);
		if (!parsed.ok) return parsed.failure;
		const boards = await boardsForDomain(event.locals.db, domainOf(parsed.data.email));
		if (!boards.length) return formFailure(400, parsed.values, { email: m.sso_no_board_for_domain() });
		// Usually one board; a domain two boards share (one ICT office) lets the person pick by name.
		return { choices: boards };
	}
};

import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireUser } from '$lib/server/auth/guard';
import { safeNext } from '$lib/server/auth/next-url';
import { formFailure, parseForm } from '$lib/server/forms';
import { answerInvitation, InvitationNotFound, pendingInvitations } from '$lib/server/services/invitations';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const answerForm = z.object({ invitationId: z.uuid() });

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { invitations: await pendingInvitations(event.locals.db, user.email), next: safeNext(event.url.searchParams.get('next')) ?? '/' };
};

/** One answer to one invitation of the session's own address; anything else is "no longer there". */
async function answer(event: RequestEvent, accept: boolean) {
	const user = requireUser(event);
	const parsed = await parseForm(event.request, answerForm);
	if (!parsed.ok) return parsed.failure;
	try {
		const { organisation } = await answerInvitation(event.locals.db, user, parsed.data.invitationId, accept);
		return { answered: accept ? m.account_invitation_accepted({ organisation }) : m.account_invitation_declined({ organisation }) };
	} catch (cause) {
		if (cause instanceof InvitationNotFound) return formFailure(404, parsed.values, {}, m.account_invitation_gone());
		throw cause;
	}
}

export const actions: Actions = {
	accept: (event) => answer(event, true),
	decline: (event) => answer(event, false)
};

import { error, redirect } from '@sveltejs/kit';
import { acceptInvitationForm } from '$lib/components/account/reset-forms';
import { m } from '$lib/paraglide/messages';
import { setSessionCookie } from '$lib/server/auth/handle';
import { formFailure, parseForm } from '$lib/server/forms';
import { acceptWithNewAccount, invitationLinkState } from '$lib/server/services/invitation-links';
import type { Actions, PageServerLoad } from './$types';

/** The link from an invitation mail; only its token opens it (404 otherwise, for everyone). */
export const load: PageServerLoad = async (event) => {
	const link = await invitationLinkState(event.locals.db, event.params.token);
	if (!link) error(404, 'Not found');
	return { state: link.state, email: link.email, organisation: link.organisation, hasAccount: link.hasAccount };
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, acceptInvitationForm);
		if (!parsed.ok) {
			if (!(await invitationLinkState(event.locals.db, event.params.token))) error(404, 'Not found');
			return parsed.failure;
		}
		const result = await acceptWithNewAccount(event.locals.db, event.params.token, { name: parsed.data.name, password: parsed.data.newPassword });
		if (!result.ok) {
			if (result.reason === 'not_found') error(404, 'Not found');
			if (result.reason === 'has_account') redirect(303, '/login?next=/account/invitations');
			return formFailure(410, parsed.values, {}, result.reason === 'used' ? m.mail_invite_used() : m.mail_invite_expired());
		}
		setSessionCookie(event, result.sessionToken);
		redirect(303, `/o/${result.slug}`);
	}
};

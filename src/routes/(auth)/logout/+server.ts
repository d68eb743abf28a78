import { redirect } from '@sveltejs/kit';
import { actorOf, recordAudit } from '$lib/server/audit';
import { requireSession } from '$lib/server/auth/guard';
import { clearSessionCookie } from '$lib/server/auth/handle';
import { invalidateSession, invalidateUserSessions } from '$lib/server/auth/session';
import type { RequestHandler } from './$types';

// POST only: a logout link (GET) could be triggered by any page that embeds it as an image.
export const POST: RequestHandler = async (event) => {
	const user = requireSession(event);
	const form = await event.request.formData().catch(() => new FormData());
	if (form.get('scope') === 'everywhere') {
		// A lost laptop or a shared computer left logged in: end this person's sessions on every device.
		await event.locals.db.transaction(async (tx) => {
			await invalidateUserSessions(tx, user.id);
			await recordAudit(tx, { organisationId: null, actor: actorOf(user), action: 'logout_everywhere', entity: 'user', entityId: user.id });
		});
	} else if (event.locals.session) {
		await invalidateSession(event.locals.db, event.locals.session.id);
	}
	clearSessionCookie(event);
	redirect(303, '/login?notice=logout');
};

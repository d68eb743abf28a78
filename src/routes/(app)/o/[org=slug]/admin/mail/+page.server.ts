import { requireOrg } from '$lib/server/auth/guard';
import { linkBase, mailEnabled } from '$lib/server/mail/config';
import { listForOrganisation } from '$lib/server/mail/outbox';
import { renderMail } from '$lib/server/mail/render';
import type { PageServerLoad } from './$types';

/**
 * The board's outbox, for its admins: without SMTP this is where mail ends up. Mails with a secret link
 * (invitations) never show it: the link is only made when the mail is sent.
 */
export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'users.manage');
	const rows = await listForOrganisation(event.locals.db, ctx.organisation.id);
	const mails = rows.map((row) => {
		const rendered = renderMail(row, linkBase(row.origin ?? event.url.origin));
		const secret = row.kind === 'invitation' || row.kind === 'password_reset';
		return { id: row.id, recipient: row.recipient, status: row.status, createdAt: row.createdAt, subject: rendered.subject, text: secret ? null : rendered.text };
	});
	return { mails, mailEnabled: mailEnabled() };
};

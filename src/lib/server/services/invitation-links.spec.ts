import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { memberships, users } from '../db/schema';
import { smtpSender, type MailSender } from '../mail/transport';
import { deliverDue } from '../mail/worker';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { recipientsOf, startTestSmtp, type TestMailbox } from '../testing/smtp';
import { acceptWithNewAccount, invitationLinkState } from './invitation-links';
import { invite } from './invitations';

const ENV = { SMTP_URL: 'smtp://127.0.0.1:1', ORIGIN: 'https://dpia.example.nl' };

describe('invitations by mail', () => {
	let database: Database;
	let mailbox: TestMailbox;
	let sender: MailSender;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;

	beforeAll(async () => {
		database = await createTestDatabase();
		mailbox = await startTestSmtp();
		sender = smtpSender({ smtpUrl: mailbox.url, from: 'dpia@example.nl' });
		fx = await lifecycleFixture(database.db, 'stichting-noord');
	});
	afterAll(async () => {
		sender?.close();
		await mailbox?.stop();
		await database?.close();
	});

	const scope = () => ({ organisationId: fx.organisation.id, userId: fx.people.admin.id, actor: { userId: fx.people.admin.id, label: 'admin' } });
	async function linkFor(email: string): Promise<string> {
		await deliverDue(database.db, sender, new Date(), ENV);
		const mail = await mailbox.waitFor((m) => recipientsOf(m).includes(email));
		expect(mail.subject).toBe('Uitnodiging voor Stichting stichting-noord in DPIA Wijzer');
		return /\/invitation\/([a-z2-9]{24}\.[a-z2-9]{24})/.exec(mail.text ?? '')![1]!;
	}

	it('shows the admin no password, makes no account, and mails a single-use link', async () => {
		const invited = await invite(database.db, scope(), { email: 'nieuw@school.test', name: '', role: 'viewer' }, { env: ENV });
		expect(invited.temporaryPassword).toBeNull();
		expect(await database.db.select().from(users).where(eq(users.email, 'nieuw@school.test'))).toHaveLength(0);
		const token = await linkFor('nieuw@school.test');
		expect(await invitationLinkState(database.db, token)).toMatchObject({ state: 'valid', hasAccount: false, email: 'nieuw@school.test' });
		const accepted = await acceptWithNewAccount(database.db, token, { name: 'Nieuwe Collega', password: 'een-lang-wachtwoord' });
		expect(accepted).toMatchObject({ ok: true, slug: 'stichting-noord' });
		const [user] = await database.db.select().from(users).where(eq(users.email, 'nieuw@school.test'));
		const [membership] = await database.db.select().from(memberships).where(eq(memberships.userId, user!.id));
		expect(membership?.role).toBe('viewer');
		expect(user?.mustChangePassword).toBe(false);
		expect(await acceptWithNewAccount(database.db, token, { name: 'Nog eens', password: 'een-lang-wachtwoord' })).toMatchObject({ ok: false });
	});

	it('answers the admin the same for an address that has an account elsewhere, and sends that person to log in', async () => {
		const other = await lifecycleFixture(database.db, 'stichting-oost');
		const existing = await invite(database.db, scope(), { email: other.people.editor.email, name: '', role: 'editor' }, { env: ENV });
		const fresh = await invite(database.db, scope(), { email: 'nog-niemand@school.test', name: '', role: 'editor' }, { env: ENV });
		expect({ ...existing, invitationId: '' }).toEqual({ ...fresh, invitationId: '' });
		const token = await linkFor(other.people.editor.email);
		expect(await invitationLinkState(database.db, token)).toMatchObject({ state: 'valid', hasAccount: true });
		expect(await acceptWithNewAccount(database.db, token, { name: 'X', password: 'een-lang-wachtwoord' })).toEqual({ ok: false, reason: 'has_account' });
	});
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createSession } from '../auth/session';
import { mailOutbox, passwordResets, sessions, users } from '../db/schema';
import { deliverDue } from '../mail/worker';
import { recipientsOf } from '../testing/smtp';
import { useMailTestbed } from '../testing/mail-testbed';
import { createUser } from './accounts';
import { requestPasswordReset, resetPassword, resetTokenState } from './password-reset';

const ENV = { SMTP_URL: 'smtp://127.0.0.1:1', ORIGIN: 'https://dpia.example.nl' };

describe('password reset by e-mail', () => {
	const bed = useMailTestbed('dpia@example.nl');
	let seq = 0;

	const person = async () => createUser(bed.database.db, { email: `person${++seq}@school.test`, name: `Persoon ${seq}`, password: 'oud-wachtwoord-123' });
	const ask = (email: string, ip = `10.0.0.${seq}`, now = new Date()) => requestPasswordReset(bed.database.db, { email, ip, locale: 'nl', origin: null }, now, ENV);
	async function linkFor(email: string): Promise<string> {
		await deliverDue(bed.database.db, bed.sender, new Date(), ENV);
		const mail = await bed.mailbox.waitFor((m) => recipientsOf(m).includes(email));
		const match = /https:\/\/dpia\.example\.nl\/password-reset\/([a-z2-9]{24}\.[a-z2-9]{24})/.exec(mail.text ?? '');
		expect(match).not.toBeNull();
		return match![1]!;
	}

	it('answers the same for an unknown address and sends nothing', async () => {
		const before = (await bed.database.db.select().from(mailOutbox)).length;
		expect(await ask('niemand@school.test')).toEqual({ ok: true });
		expect((await bed.database.db.select().from(mailOutbox)).length).toBe(before);
		const user = await person();
		expect(await ask(user.email)).toEqual({ ok: true });
	});

	it('mails a link that sets a new password once, ends all sessions, and refuses reuse', async () => {
		const user = await person();
		await createSession(bed.database.db, user.id);
		await createSession(bed.database.db, user.id);
		await ask(user.email);
		const token = await linkFor(user.email);
		// stored hashed: the token's secret is nowhere in the table
		const [row] = await bed.database.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
		expect(JSON.stringify(row)).not.toContain(token.split('.')[1]);
		expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(30 * 60_000);

		expect(await resetPassword(bed.database.db, { token, password: 'nieuw-wachtwoord-456' })).toMatchObject({ ok: true });
		const [after] = await bed.database.db.select().from(users).where(eq(users.id, user.id));
		expect(await verifyPassword(after!.passwordHash, 'nieuw-wachtwoord-456')).toBe(true);
		expect(await bed.database.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);

		expect(await resetPassword(bed.database.db, { token, password: 'derde-wachtwoord-789' })).toEqual({ ok: false, reason: 'used' });
		expect((await resetTokenState(bed.database.db, token))?.state).toBe('used');
		const [still] = await bed.database.db.select().from(users).where(eq(users.id, user.id));
		expect(await verifyPassword(still!.passwordHash, 'nieuw-wachtwoord-456')).toBe(true);
	});

	it('refuses an expired link and one that is not ours', async () => {
		const user = await person();
		await ask(user.email);
		const token = await linkFor(user.email);
		const later = new Date(Date.now() + 31 * 60_000);
		expect(await resetPassword(bed.database.db, { token, password: 'nieuw-wachtwoord-456' }, later)).toEqual({ ok: false, reason: 'expired' });
		const forged = `${token.split('.')[0]}.${'a'.repeat(24)}`;
		expect(await resetPassword(bed.database.db, { token: forged, password: 'nieuw-wachtwoord-456' })).toEqual({ ok: false, reason: 'not_found' });
		expect(await resetTokenState(bed.database.db, 'x')).toBeNull();
	});

	it('throttles requests per address, the same for known and unknown addresses', async () => {
		const user = await person();
		const now = new Date();
		const results = [];
		for (let i = 0; i < 4; i++) results.push(await ask(user.email, `10.1.${seq}.${i}`, now));
		expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
		expect(results[3]).toMatchObject({ ok: false, reason: 'throttled' });
		const unknown = [];
		for (let i = 0; i < 4; i++) unknown.push(await ask(`onbekend${seq}@school.test`, `10.2.${seq}.${i}`, now));
		expect(unknown.map((r) => r.ok)).toEqual(results.map((r) => r.ok));
	});

	it('throttles requests per client address across addresses', async () => {
		const now = new Date();
		const results = [];
		for (let i = 0; i < 11; i++) results.push(await ask(`iemand${i}@school.test`, '10.9.9.9', now));
		expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
		expect(results[10]).toMatchObject({ ok: false, reason: 'throttled' });
	});

	it('is not offered without SMTP', async () => {
		const user = await person();
		expect(await requestPasswordReset(bed.database.db, { email: user.email, ip: '10.3.3.3', locale: 'nl', origin: null }, new Date(), {})).toEqual({ ok: false, reason: 'unavailable' });
	});
});

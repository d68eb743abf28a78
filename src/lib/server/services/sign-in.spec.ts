import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { createSession, validateSession } from '../auth/session';
import type { Database, Db } from '../db';
import { auditLog, users } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { AccountError, createUser } from './accounts';
import { completeFirstRun } from './first-run';
import { changeOwnPassword, logIn } from './sign-in';

const PASSWORD = 'correct-paard-batterij';
const now = new Date('2026-03-02T09:00:00Z');

describe('first run, login and own password', () => {
	let database: Database;
	let db: Db;

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
	});
	afterAll(async () => {
		await database.close();
	});

	it('creates the first organisation with its admin once, and refuses a second setup', async () => {
		const input = { organisationName: 'Stichting Noord', slug: 'stichting-noord', name: 'Anna Admin', email: 'Admin@Noord.test', password: PASSWORD };
		const { organisation, admin } = await completeFirstRun(db, input);
		expect(organisation.slug).toBe('stichting-noord');
		expect(admin.email).toBe('admin@noord.test');
		const entries = await db.select({ entity: auditLog.entity, action: auditLog.action }).from(auditLog).where(eq(auditLog.organisationId, organisation.id));
		expect(entries.map((e) => `${e.entity}:${e.action}`).sort()).toEqual(['membership:create', 'organisation:create', 'user:create']);
		await expect(completeFirstRun(db, { ...input, slug: 'tweede', email: 'ander@noord.test' })).rejects.toEqual(new AccountError('setup_done'));
	});

	it('logs in with the right password, case-insensitively on the e-mail', async () => {
		const result = await logIn(db, { email: ' ADMIN@noord.test', password: PASSWORD, ip: '10.0.0.1' }, now);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user.email).toBe('admin@noord.test');
		expect((await validateSession(db, result.token, now))?.user.id).toBe(result.user.id);
	});

	it('gives unknown accounts, wrong passwords and deactivated accounts the same answer', async () => {
		const inactive = await createUser(db, { email: 'weg@noord.test', name: 'Weg', password: PASSWORD });
		await db.update(users).set({ active: false }).where(eq(users.id, inactive.id));
		const attempts = [
			{ email: 'niemand@noord.test', password: PASSWORD },
			{ email: 'admin@noord.test', password: 'fout-wachtwoord-123' },
			{ email: 'weg@noord.test', password: PASSWORD }
		];
		for (const attempt of attempts) expect(await logIn(db, { ...attempt, ip: '10.0.0.2' }, now)).toEqual({ ok: false, reason: 'invalid' });
		const failed = await db.select({ entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.action, 'login_failed'));
		expect(failed.map((f) => f.entityId)).toEqual(expect.arrayContaining([inactive.id]));
	});

	it('changes the own password, clears the forced change and ends only the other sessions', async () => {
		const user = await createUser(db, { email: 'tijdelijk@noord.test', name: 'Tijdelijk', password: 'tijd-elijk-1234', mustChangePassword: true });
		const mine = await createSession(db, user.id);
		const elsewhere = await createSession(db, user.id);
		const base = { userId: user.id, sessionId: mine.id, ip: '10.0.0.6' };
		expect(await changeOwnPassword(db, { ...base, current: 'verkeerd-wachtwoord', next: PASSWORD }, now)).toEqual({ ok: false, reason: 'wrong_current' });
		expect(await changeOwnPassword(db, { ...base, current: 'tijd-elijk-1234', next: 'tijd-elijk-1234' }, now)).toEqual({ ok: false, reason: 'same_as_current' });
		expect(await changeOwnPassword(db, { ...base, current: 'tijd-elijk-1234', next: PASSWORD }, now)).toEqual({ ok: true });

		const [row] = await db.select().from(users).where(eq(users.id, user.id));
		expect(row?.mustChangePassword).toBe(false);
		expect(await verifyPassword(row!.passwordHash, PASSWORD)).toBe(true);
		expect(await validateSession(db, mine.token, now)).not.toBeNull();
		expect(await validateSession(db, elsewhere.token, now)).toBeNull();
	});
});

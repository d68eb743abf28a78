import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LOCK_FROM, IP_LOCK_FROM, loginThrottleRules, MAX_DELAY_MS, PAIR_LOCK_FROM, recordFailure } from '../auth/throttle';
import type { Database, Db } from '../db';
import { createTestDatabase } from '../testing/db';
import { createUser } from './accounts';
import { logIn } from './sign-in';

const PASSWORD = 'correct-paard-batterij';
const SECOND = 1000;
const start = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

/** Login throttling as a person meets it (README "Login throttling"). */
describe('login throttling', () => {
	let database: Database;
	let db: Db;
	const attempt = (email: string, password: string, ip: string, when = start) => logIn(db, { email, password, ip }, when);
	/** Failures on a counter without running argon2 for each: the bars are far above what a spec should hash. */
	const seed = async (key: 'account' | 'ip', email: string, ip: string, count: number, when = start) => {
		const rule = loginThrottleRules(email, ip)[key];
		for (let i = 0; i < count; i++) await recordFailure(db, rule, when);
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		for (const name of ['fg', 'pair', 'wide', 'school', 'docent', 'ghost-check']) await createUser(db, { email: `${name}@noord.test`, name, password: PASSWORD });
	});
	afterAll(async () => {
		await database.close();
	});

	it('an attacker hammering the account from elsewhere cannot keep the person out of their usual address', async () => {
		expect((await attempt('fg@noord.test', PASSWORD, '10.1.1.1')).ok).toBe(true);
		// the attacker from three addresses, well past the pair bar on each
		for (const ip of ['192.0.2.10', '192.0.2.11', '192.0.2.12']) {
			for (let i = 0; i < PAIR_LOCK_FROM + 1; i++) await attempt('fg@noord.test', `gok-${i}`, ip, at(i * 20 * 60 * SECOND));
		}
		// 18 failures so far: below the account-wide bar, so the FG would get in from a new address too
		const later = at(2 * 3600 * SECOND);
		await seed('account', 'fg@noord.test', '192.0.2.13', ACCOUNT_LOCK_FROM, later);
		// the distributed attack is slowed: a fresh address now waits, even with the right password
		expect(await attempt('fg@noord.test', PASSWORD, '192.0.2.99', at(2 * 3600 * SECOND + 1))).toMatchObject({ ok: false, reason: 'throttled' });
		// the FG at the usual address gets in
		expect((await attempt('fg@noord.test', PASSWORD, '10.1.1.1', at(2 * 3600 * SECOND + 2))).ok).toBe(true);
	});

	it('a few failures from one address do not stop the person elsewhere', async () => {
		for (let i = 0; i < PAIR_LOCK_FROM; i++) await attempt('docent@noord.test', `gok-${i}`, '192.0.2.20');
		expect(await attempt('docent@noord.test', PASSWORD, '192.0.2.20')).toMatchObject({ ok: false, reason: 'throttled' });
		expect((await attempt('docent@noord.test', PASSWORD, '10.1.1.2')).ok).toBe(true);
	});

	it('the pair gets slowed with growing waits, the right password included, and a wait tells when', async () => {
		const results = [];
		for (let i = 0; i < PAIR_LOCK_FROM; i++) results.push(await attempt('pair@noord.test', `gok-${i}`, '10.2.0.1'));
		expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
		expect(results.at(-1)).toEqual({ ok: false, reason: 'throttled', retryAt: at(30 * SECOND) });
		expect(await attempt('pair@noord.test', PASSWORD, '10.2.0.1', at(10 * SECOND))).toEqual({ ok: false, reason: 'throttled', retryAt: at(30 * SECOND) });
		// after the wait the next failure waits twice as long
		expect(await attempt('pair@noord.test', 'weer-fout', '10.2.0.1', at(31 * SECOND))).toEqual({ ok: false, reason: 'throttled', retryAt: at(91 * SECOND) });
		let when = 91 * SECOND;
		let last: Awaited<ReturnType<typeof attempt>> | undefined;
		for (let i = 0; i < 8; i++) {
			last = await attempt('pair@noord.test', 'weer-fout', '10.2.0.1', at(when));
			if (!last.ok && last.reason === 'throttled') when = last.retryAt.getTime() - start.getTime();
		}
		// capped
		expect(last).toMatchObject({ ok: false, reason: 'throttled' });
		const capped = await attempt('pair@noord.test', 'weer-fout', '10.2.0.1', at(when));
		expect(capped).toEqual({ ok: false, reason: 'throttled', retryAt: at(when + MAX_DELAY_MS) });
		// once the wait is over the right password gets in and the pair starts afresh
		expect((await attempt('pair@noord.test', PASSWORD, '10.2.0.1', at(when + MAX_DELAY_MS))).ok).toBe(true);
		expect(await attempt('pair@noord.test', 'fout', '10.2.0.1', at(when + MAX_DELAY_MS + SECOND))).toEqual({ ok: false, reason: 'invalid' });
	});

	it('the address-wide bar slows a guesser at a shared address, but not people who log in there', async () => {
		expect((await attempt('school@noord.test', PASSWORD, '10.3.0.1')).ok).toBe(true);
		await seed('ip', 'someone@elders.test', '10.3.0.1', IP_LOCK_FROM - 1);
		// the bar-th failure from the address, on yet another account, brings a wait for the whole address
		expect(await attempt('gast@elders.test', 'fout', '10.3.0.1')).toMatchObject({ ok: false, reason: 'throttled' });
		expect(await attempt('wide@noord.test', PASSWORD, '10.3.0.1')).toMatchObject({ ok: false, reason: 'throttled' });
		// someone who has logged in from this address before is not held by the crowd
		expect((await attempt('school@noord.test', PASSWORD, '10.3.0.1')).ok).toBe(true);
		// and the address-wide wait is that address's alone
		expect((await attempt('wide@noord.test', PASSWORD, '10.3.0.2')).ok).toBe(true);
	});

	it('throttles an unknown account the same way, so the wait does not reveal which accounts exist', async () => {
		const run = async (email: string) => {
			const out = [];
			for (let i = 0; i < PAIR_LOCK_FROM; i++) out.push(await attempt(email, 'x', '10.4.0.1'));
			return out;
		};
		expect(await run('bestaat-niet@noord.test')).toEqual(await run('ghost-check@noord.test'));
	});
});

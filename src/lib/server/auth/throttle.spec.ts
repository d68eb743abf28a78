import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { createTestDatabase } from '../testing/db';
import {
	ACCOUNT_LOCK_FROM,
	clearThrottle,
	delayAfter,
	IP_LOCK_FROM,
	lockedUntil,
	loginThrottleRules,
	MAX_DELAY_MS,
	PAIR_LOCK_FROM,
	recordFailure,
	recordFailures,
	THROTTLE_WINDOW_MS
} from './throttle';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const start = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);

describe('login throttle counters', () => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('keys the pair and the account by normalised e-mail; a known address only counts on the pair', () => {
		const rules = loginThrottleRules('  Jan@Noord.TEST ', '10.0.0.7');
		expect(rules.pair.key).toBe('pair:jan@noord.test|10.0.0.7');
		expect(rules.account.key).toBe('account:jan@noord.test');
		expect(rules.ip.key).toBe('ip:10.0.0.7');
		expect(rules.active).toEqual([rules.pair, rules.account, rules.ip]);
		expect(loginThrottleRules('jan@noord.test', '10.0.0.7', true).active).toEqual([rules.pair]);
		// the account-wide and address-wide bars are far above the pair's
		expect(ACCOUNT_LOCK_FROM).toBeGreaterThanOrEqual(5 * PAIR_LOCK_FROM);
		expect(IP_LOCK_FROM).toBeGreaterThan(ACCOUNT_LOCK_FROM);
	});

	it('lets the first failures pass, then doubles the wait up to the cap', () => {
		const { pair } = loginThrottleRules('a@b.test', '10.0.0.1');
		const waits = Array.from({ length: 12 }, (_, i) => delayAfter(pair, i + 1));
		expect(waits.slice(0, PAIR_LOCK_FROM - 1)).toEqual([0, 0, 0, 0]);
		expect(waits.slice(PAIR_LOCK_FROM - 1, PAIR_LOCK_FROM + 4)).toEqual([30 * SECOND, MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
		expect(waits.slice(PAIR_LOCK_FROM + 4)).toEqual([MAX_DELAY_MS, MAX_DELAY_MS, MAX_DELAY_MS]);
		expect(delayAfter(pair, 10_000)).toBe(MAX_DELAY_MS);
	});

	it('makes a key wait after the bar, each further failure longer, and keeps the count through the waits', async () => {
		const rule = { key: 'pair:wait@noord.test|10.0.0.1', lockFrom: 3, baseMs: 30 * SECOND };
		expect(await recordFailure(database.db, rule, later(0))).toBeNull();
		expect(await recordFailure(database.db, rule, later(SECOND))).toBeNull();
		expect(await lockedUntil(database.db, [rule.key], later(2 * SECOND))).toBeNull();
		expect(await recordFailure(database.db, rule, later(2 * SECOND))).toEqual(later(32 * SECOND));
		expect(await lockedUntil(database.db, [rule.key, 'ip:unrelated'], later(10 * SECOND))).toEqual(later(32 * SECOND));
		expect(await lockedUntil(database.db, [rule.key], later(32 * SECOND))).toBeNull();
		expect(await recordFailure(database.db, rule, later(40 * SECOND))).toEqual(later(100 * SECOND));
	});

	it('forgets a streak a window after its first failure', async () => {
		const rule = { key: 'pair:slow@noord.test|10.0.0.1', lockFrom: 3, baseMs: MINUTE };
		await recordFailure(database.db, rule, later(0));
		await recordFailure(database.db, rule, later(MINUTE));
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + MINUTE))).toBeNull();
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + 2 * MINUTE))).toBeNull();
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + 3 * MINUTE))).not.toBeNull();
	});

	it('counts parallel failures without losing any', async () => {
		const rule = { key: 'ip:192.0.2.1', lockFrom: 8, baseMs: MINUTE };
		const results = await Promise.all(Array.from({ length: 8 }, () => recordFailure(database.db, rule, later(0))));
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await lockedUntil(database.db, [rule.key], later(30 * SECOND))).toEqual(later(MINUTE));
	});

	it('records on every key and reports the longest wait any of them got', async () => {
		const rules = [
			{ key: 'account:both@noord.test', lockFrom: 2, baseMs: MINUTE },
			{ key: 'ip:192.0.2.2', lockFrom: 10, baseMs: MINUTE }
		];
		expect(await recordFailures(database.db, rules, later(0))).toBeNull();
		expect(await recordFailures(database.db, rules, later(SECOND))).toEqual(later(SECOND + MINUTE));
		expect(await lockedUntil(database.db, ['ip:192.0.2.2'], later(2 * SECOND))).toBeNull();
	});

	it('clears a key', async () => {
		const rule = { key: 'pair:clear@noord.test|10.0.0.1', lockFrom: 2, baseMs: MINUTE };
		await recordFailure(database.db, rule, later(0));
		await clearThrottle(database.db, rule.key);
		expect(await recordFailure(database.db, rule, later(SECOND))).toBeNull();
	});
});

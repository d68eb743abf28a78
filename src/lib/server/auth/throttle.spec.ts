import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { createTestDatabase } from '../testing/db';
import {
	ACCOUNT_FAILURE_LIMIT,
	clearThrottle,
	IP_FAILURE_LIMIT,
	lockedUntil,
	loginThrottleRules,
	recordFailure,
	recordFailures,
	THROTTLE_LOCK_MS,
	THROTTLE_WINDOW_MS
} from './throttle';

const MINUTE = 60_000;
const start = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);

describe('login throttling', () => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('keys the account by normalised e-mail and the address separately, with a higher address limit', () => {
		const { account, ip, all } = loginThrottleRules('  Jan@Noord.TEST ', '10.0.0.7');
		expect(account).toEqual({ key: 'account:jan@noord.test', limit: ACCOUNT_FAILURE_LIMIT });
		expect(ip).toEqual({ key: 'ip:10.0.0.7', limit: IP_FAILURE_LIMIT });
		expect(all).toEqual([account, ip]);
		expect(IP_FAILURE_LIMIT).toBeGreaterThan(ACCOUNT_FAILURE_LIMIT);
	});

	it('locks a key on the limit-th failure within the window, for the lock period', async () => {
		const rule = { key: 'account:lock@noord.test', limit: 5 };
		for (let i = 0; i < 4; i++) expect(await recordFailure(database.db, rule, later(i * MINUTE))).toBeNull();
		expect(await lockedUntil(database.db, [rule.key], later(4 * MINUTE))).toBeNull();

		const until = await recordFailure(database.db, rule, later(4 * MINUTE));
		expect(until).toEqual(later(4 * MINUTE + THROTTLE_LOCK_MS));
		expect(await lockedUntil(database.db, [rule.key, 'ip:unrelated'], later(5 * MINUTE))).toEqual(until);
		expect(await lockedUntil(database.db, [rule.key], later(4 * MINUTE + THROTTLE_LOCK_MS))).toBeNull();
	});

	it('starts counting again after the lock, instead of locking on the next single failure', async () => {
		const rule = { key: 'account:again@noord.test', limit: 3 };
		for (let i = 0; i < 3; i++) await recordFailure(database.db, rule, later(i * MINUTE));
		const afterLock = later(2 * MINUTE + THROTTLE_LOCK_MS + MINUTE);
		expect(await recordFailure(database.db, rule, afterLock)).toBeNull();
		expect(await lockedUntil(database.db, [rule.key], afterLock)).toBeNull();
	});

	it('forgets failures older than the window', async () => {
		const rule = { key: 'account:slow@noord.test', limit: 3 };
		await recordFailure(database.db, rule, later(0));
		await recordFailure(database.db, rule, later(MINUTE));
		// the third failure comes after the window that the first one opened: it is the first of a new window
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + MINUTE))).toBeNull();
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + 2 * MINUTE))).toBeNull();
		expect(await recordFailure(database.db, rule, later(THROTTLE_WINDOW_MS + 3 * MINUTE))).not.toBeNull();
	});

	it('counts parallel failures without losing any', async () => {
		const rule = { key: 'ip:192.0.2.1', limit: 8 };
		const results = await Promise.all(Array.from({ length: 8 }, () => recordFailure(database.db, rule, later(0))));
		expect(results.filter(Boolean)).toHaveLength(1);
		expect(await lockedUntil(database.db, [rule.key], later(MINUTE))).not.toBeNull();
	});

	it('records on every key and reports the lock of whichever key reached its limit', async () => {
		const rules = [
			{ key: 'account:both@noord.test', limit: 2 },
			{ key: 'ip:192.0.2.2', limit: 10 }
		];
		expect(await recordFailures(database.db, rules, later(0))).toBeNull();
		expect(await recordFailures(database.db, rules, later(MINUTE))).toEqual(later(MINUTE + THROTTLE_LOCK_MS));
		expect(await lockedUntil(database.db, ['ip:192.0.2.2'], later(2 * MINUTE))).toBeNull();
	});

	it('clears an account after a successful login', async () => {
		const rule = { key: 'account:clear@noord.test', limit: 2 };
		await recordFailure(database.db, rule, later(0));
		await clearThrottle(database.db, rule.key);
		expect(await recordFailure(database.db, rule, later(MINUTE))).toBeNull();
	});
});

import { eq, inArray, sql } from 'drizzle-orm';
import { normaliseEmail } from '$lib/domain/accounts';
import type { Db, Tx } from '../db';
import { loginThrottles } from '../db/schema';

export interface ThrottleRule {
	key: string;
	/** Failures within the window that lock the key. */
	limit: number;
}

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
/**
 * A whole school often reaches us through one NAT address, so the per-address limit is far higher than
 * the per-account one: it stops a guessing script, not a staff room of people mistyping.
 */
export const IP_FAILURE_LIMIT = 50;

/** The counters a login attempt touches. The e-mail is normalised so case tricks do not get fresh tries. */
export function loginThrottleRules(email: string, ip: string): { account: ThrottleRule; ip: ThrottleRule; all: ThrottleRule[] } {
	const account = { key: `account:${normaliseEmail(email)}`, limit: ACCOUNT_FAILURE_LIMIT };
	const address = { key: `ip:${ip}`, limit: IP_FAILURE_LIMIT };
	return { account, ip: address, all: [account, address] };
}

/** The latest moment until which any of the keys is locked, or null when none is locked now. */
export async function lockedUntil(db: Db | Tx, keys: string[], now = new Date()): Promise<Date | null> {
	if (!keys.length) return null;
	const rows = await db.select({ lockedUntil: loginThrottles.lockedUntil }).from(loginThrottles).where(inArray(loginThrottles.key, keys));
	let latest: Date | null = null;
	for (const row of rows) {
		if (row.lockedUntil && row.lockedUntil > now && (!latest || row.lockedUntil > latest)) latest = row.lockedUntil;
	}
	return latest;
}

/**
 * Counts one failure for the key and locks it once the limit is reached within the window. The count is
 * one atomic upsert, so parallel attempts from several app instances cannot undercount. Returns the end
 * of the lock when this failure caused one.
 */
export async function recordFailure(db: Db | Tx, rule: ThrottleRule, now = new Date()): Promise<Date | null> {
	const at = sql`${now.toISOString()}::timestamptz`;
	const windowOpenedBefore = sql`${new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString()}::timestamptz`;
	const expired = sql`${loginThrottles.windowStartedAt} <= ${windowOpenedBefore}`;
	const [row] = await db
		.insert(loginThrottles)
		.values({ key: rule.key, failures: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: loginThrottles.key,
			set: {
				failures: sql`case when ${expired} then 1 else ${loginThrottles.failures} + 1 end`,
				windowStartedAt: sql`case when ${expired} then ${at} else ${loginThrottles.windowStartedAt} end`
			}
		})
		.returning({ failures: loginThrottles.failures });
	if (!row || row.failures < rule.limit) return null;
	// The count starts again with the lock, so the first failure after it expires is not a new lock.
	const until = new Date(now.getTime() + THROTTLE_LOCK_MS);
	await db.update(loginThrottles).set({ failures: 0, windowStartedAt: now, lockedUntil: until }).where(eq(loginThrottles.key, rule.key));
	return until;
}

/** Records a failure on every key; returns the end of a lock if any key is now locked. */
export async function recordFailures(db: Db | Tx, rules: ThrottleRule[], now = new Date()): Promise<Date | null> {
	let latest: Date | null = null;
	for (const rule of rules) {
		const until = await recordFailure(db, rule, now);
		if (until && (!latest || until > latest)) latest = until;
	}
	return latest;
}

/** After a successful login the account starts afresh; the address counter stays, it is shared. */
export async function clearThrottle(db: Db | Tx, key: string): Promise<void> {
	await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

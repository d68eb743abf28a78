import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { normaliseEmail } from '$lib/domain/accounts';
import type { Db, Tx } from '../db';
import { loginAddresses, loginThrottles, users } from '../db/schema';

/**
 * Login throttling (README "Login throttling"). Three counters, each with growing delays rather than a
 * fixed lock:
 * - the account+address pair: the guesser at one place is slowed after a few tries;
 * - the account across addresses, at a much higher bar: a guesser spread over many addresses is slowed too;
 * - the address across accounts, at a much higher bar still: a school reaches us through one address.
 * An address the account has logged in from before (its usual place) is exempt from the last two, so
 * neither an attacker elsewhere nor a crowd at the same school can keep the person out.
 */
export interface ThrottleRule {
	key: string;
	/** The failure within the window that brings the first delay. */
	lockFrom: number;
	/** The first delay; each further failure doubles it, up to the cap. */
	baseMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** A streak of failures is forgotten a day after its first failure. */
export const THROTTLE_WINDOW_MS = 24 * 60 * MINUTE;
export const MAX_DELAY_MS = 15 * MINUTE;
export const PAIR_LOCK_FROM = 5;
export const ACCOUNT_LOCK_FROM = 30;
export const IP_LOCK_FROM = 100;
/** An address counts as the person's usual place this long after the last login from it. */
export const KNOWN_ADDRESS_MS = 180 * 24 * 60 * MINUTE;

export interface LoginRules {
	pair: ThrottleRule;
	account: ThrottleRule;
	ip: ThrottleRule;
	/** The counters this attempt is checked against and counts on. */
	active: ThrottleRule[];
}

/** The e-mail is normalised so case tricks do not get fresh tries. */
export function loginThrottleRules(email: string, ip: string, knownAddress = false): LoginRules {
	const account = normaliseEmail(email);
	const pair = { key: `pair:${account}|${ip}`, lockFrom: PAIR_LOCK_FROM, baseMs: 30 * SECOND };
	const whole = { key: `account:${account}`, lockFrom: ACCOUNT_LOCK_FROM, baseMs: MINUTE };
	const address = { key: `ip:${ip}`, lockFrom: IP_LOCK_FROM, baseMs: MINUTE };
	return { pair, account: whole, ip: address, active: knownAddress ? [pair] : [pair, whole, address] };
}

/** How long the `failures`-th failure within the window makes the key wait: 0 below the bar, then doubling. */
export function delayAfter(rule: Pick<ThrottleRule, 'lockFrom' | 'baseMs'>, failures: number): number {
	if (failures < rule.lockFrom) return 0;
	const doublings = Math.min(failures - rule.lockFrom, 20);
	return Math.min(rule.baseMs * 2 ** doublings, MAX_DELAY_MS);
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
 * Counts one failure for the key and, past the bar, makes it wait. The count is one atomic upsert, so
 * parallel attempts from several app instances cannot undercount. Returns the end of the wait when this
 * failure caused one.
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
	const delay = row ? delayAfter(rule, row.failures) : 0;
	if (!delay) return null;
	const until = new Date(now.getTime() + delay);
	// Parallel failures each set a wait; the longest one stands.
	await db
		.update(loginThrottles)
		.set({ lockedUntil: sql`greatest(coalesce(${loginThrottles.lockedUntil}, ${at}), ${until.toISOString()}::timestamptz)` })
		.where(eq(loginThrottles.key, rule.key));
	return until;
}

/** Records a failure on every key; returns the end of the longest wait that this failure caused. */
export async function recordFailures(db: Db | Tx, rules: ThrottleRule[], now = new Date()): Promise<Date | null> {
	let latest: Date | null = null;
	for (const rule of rules) {
		const until = await recordFailure(db, rule, now);
		if (until && (!latest || until > latest)) latest = until;
	}
	return latest;
}

/**
 * After a successful login the pair starts afresh. The account and address counters stay: they are
 * shared with whoever else tries, and a real login must not hand a distributed guesser fresh tries.
 */
export async function clearThrottle(db: Db | Tx, key: string): Promise<void> {
	await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

/** Whether the account behind `email` has logged in from `ip` recently; an unknown e-mail has no usual place. */
export async function isKnownAddress(db: Db | Tx, email: string, ip: string, now = new Date()): Promise<boolean> {
	const [row] = await db
		.select({ at: loginAddresses.lastLoginAt })
		.from(loginAddresses)
		.innerJoin(users, eq(users.id, loginAddresses.userId))
		.where(and(eq(users.email, normaliseEmail(email)), eq(loginAddresses.address, ip), gt(loginAddresses.lastLoginAt, new Date(now.getTime() - KNOWN_ADDRESS_MS))));
	return Boolean(row);
}

export async function rememberAddress(db: Db | Tx, userId: string, ip: string, now = new Date()): Promise<void> {
	await db
		.insert(loginAddresses)
		.values({ userId, address: ip, lastLoginAt: now })
		.onConflictDoUpdate({ target: [loginAddresses.userId, loginAddresses.address], set: { lastLoginAt: now } });
}

/** The counters for this attempt and, when one of them makes it wait, until when. */
export async function loginGate(db: Db | Tx, email: string, ip: string, now = new Date()): Promise<{ rules: LoginRules; lockedUntil: Date | null }> {
	const rules = loginThrottleRules(email, ip, await isKnownAddress(db, email, ip, now));
	return { rules, lockedUntil: await lockedUntil(db, rules.active.map((r) => r.key), now) };
}

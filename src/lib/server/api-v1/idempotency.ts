import { createHash } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { ApiError, type ApiContext } from '../api';
import type { Db } from '../db';
import { apiIdempotency } from '../db/schema';

const DAY_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,200}$/;

export interface ApiAnswer {
	status: number;
	body: unknown;
}

/** Who the keys belong to: the token, or the person behind a session. */
function callerOf(locals: App.Locals): string {
	return locals.apiPrincipal ? `token:${locals.apiPrincipal.tokenId}` : `user:${locals.user?.id ?? 'none'}`;
}

/** The status of a kept key whose request is still running: its real answer is written when it ends. */
const IN_PROGRESS = 0;
/**
 * A claim older than this whose request never answered (the process stopped half-way) no longer blocks the
 * key: a write here takes well under a second, so five minutes cannot cut off one still running.
 */
const ABANDONED_MS = 5 * 60 * 1000;

/**
 * Runs a write once per Idempotency-Key. Without the header it simply runs. With it, the answer (also a
 * refusal for bad input) is kept a day for this caller; the same key with the same method, path and body
 * gets that answer again (header `Idempotent-Replayed: true`), with anything else 422. The key is claimed
 * before the write runs, by inserting its row (the primary key on caller and key makes that atomic, on
 * PGlite and PostgreSQL alike): of two requests that arrive at once with a new key, one runs and the other
 * is told 409 with Retry-After, after which it gets the first one's answer.
 */
export async function idempotent(
	event: { request: Request; url: URL; locals: App.Locals },
	ctx: ApiContext,
	body: string,
	run: () => Promise<ApiAnswer>
): Promise<Response> {
	const key = event.request.headers.get('idempotency-key');
	if (key === null) return answer(await run());
	if (!KEY.test(key)) throw new ApiError(400, 'invalid_idempotency_key', m.api_idempotency_key_invalid());
	const db: Db = event.locals.db;
	const caller = callerOf(event.locals);
	const requestHash = createHash('sha256').update(`${event.request.method}\n${event.url.pathname}\n${body}`).digest('hex');
	const now = Date.now();
	await db
		.delete(apiIdempotency)
		.where(or(lt(apiIdempotency.createdAt, new Date(now - DAY_MS)), and(eq(apiIdempotency.status, IN_PROGRESS), lt(apiIdempotency.createdAt, new Date(now - ABANDONED_MS)))));
	const claimed = await db
		.insert(apiIdempotency)
		.values({ organisationId: ctx.organisation.id, caller, key, requestHash, status: IN_PROGRESS, response: {} })
		.onConflictDoNothing()
		.returning({ key: apiIdempotency.key });
	const mine = and(eq(apiIdempotency.caller, caller), eq(apiIdempotency.key, key));
	if (claimed.length === 0) {
		const [seen] = await db.select().from(apiIdempotency).where(mine);
		if (!seen) return inProgress();
		if (seen.requestHash !== requestHash) throw new ApiError(422, 'idempotency_key_reused', m.api_idempotency_conflict());
		if (seen.status === IN_PROGRESS) return inProgress();
		return answer({ status: seen.status, body: seen.response }, true);
	}
	let result: ApiAnswer;
	try {
		result = await run();
	} catch (error) {
		// a write that failed gave no answer to keep: the key is free for the retry
		await db.delete(apiIdempotency).where(mine);
		throw error;
	}
	await db.update(apiIdempotency).set({ status: result.status, response: result.body as object }).where(mine);
	return answer(result);
}

/** The first request with this key is still running (or just failed): the client tries again shortly. */
function inProgress(): Response {
	return json(
		{ error: { code: 'idempotency_in_progress', message: m.api_idempotency_in_progress() } },
		{ status: 409, headers: { 'cache-control': 'no-store', 'retry-after': '1' } }
	);
}

function answer(result: ApiAnswer, replayed = false): Response {
	return json(result.body, { status: result.status, headers: { 'cache-control': 'no-store', ...(replayed ? { 'idempotent-replayed': 'true' } : {}) } });
}

/** A zod refusal as the API's 400 answer, field messages in the request's language. */
export function invalidInput(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ApiAnswer {
	const fields = error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
	const details = fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ');
	return { status: 400, body: { error: { code: 'invalid_input', message: m.api_invalid_input({ details }), fields } } };
}

/** The request's body as text and as JSON (undefined when it is not JSON). */
export async function readBody(request: Request): Promise<{ text: string; value: unknown }> {
	const text = await request.text();
	try {
		return { text, value: JSON.parse(text) };
	} catch {
		return { text, value: undefined };
	}
}

import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
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

/**
 * Runs a write once per Idempotency-Key. Without the header it simply runs. With it, the answer (also a
 * refusal for bad input) is kept a day for this caller; the same key with the same method, path and body
 * gets that answer again (header `Idempotent-Replayed: true`), with anything else 422. Two requests with
 * a new key at the very same moment may both run: the second's answer is then not kept.
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
	await db.delete(apiIdempotency).where(lt(apiIdempotency.createdAt, new Date(Date.now() - DAY_MS)));
	const [seen] = await db.select().from(apiIdempotency).where(and(eq(apiIdempotency.caller, caller), eq(apiIdempotency.key, key)));
	if (seen) {
		if (seen.requestHash !== requestHash) throw new ApiError(422, 'idempotency_key_reused', m.api_idempotency_conflict());
		return answer({ status: seen.status, body: seen.response }, true);
	}
	const result = await run();
	await db
		.insert(apiIdempotency)
		.values({ organisationId: ctx.organisation.id, caller, key, requestHash, status: result.status, response: result.body as object })
		.onConflictDoNothing();
	return answer(result);
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

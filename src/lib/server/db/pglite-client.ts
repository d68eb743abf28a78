import { types, type PGliteInterface } from '@electric-sql/pglite';

const asText = (value: string) => value;

/**
 * The types drizzle wants as PostgreSQL's text (it parses dates itself): timestamp, timestamptz, interval,
 * date, and the arrays numeric[], timestamp[], timestamptz[], interval[] and date[]. Given to PGlite once
 * at start; `clients.spec.ts` fails when drizzle's own list changes.
 */
export const DRIZZLE_TEXT_TYPES = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182];

export const drizzleParsers = Object.fromEntries(DRIZZLE_TEXT_TYPES.map((type) => [type, asText]));

/**
 * The PGlite client with drizzle's per-query parsers left out, as PGlite already has them (`drizzleParsers`,
 * given at create). PGlite merges per-query parsers into a copy of all its parsers, a few hundred types, on
 * every query: a few per cent of the server's CPU on a page.
 */
export function withoutQueryParsers<T extends Pick<PGliteInterface, 'query' | 'transaction'>>(client: T): T {
	return new Proxy(client, {
		get(target, key, receiver) {
			if (key === 'query') {
				return (text: string, params?: unknown[], options?: { parsers?: unknown }) =>
					target.query(text, params, options && { ...options, parsers: undefined });
			}
			// A transaction hands its callback a client of its own: leave that one's parsers out too.
			if (key === 'transaction') {
				return (callback: (tx: unknown) => unknown) => target.transaction((tx) => callback(withoutQueryParsers(tx as never)) as never);
			}
			const value = Reflect.get(target, key, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Call } from './pglite-messages';
import { StatementCache } from './pglite-statements';

const asText = (value: string) => value;
/**
 * The types drizzle wants as PostgreSQL's text (it parses dates itself): timestamp, timestamptz, interval,
 * date, and the arrays numeric[], timestamp[], timestamptz[], interval[] and date[]. Given to PGlite once
 * at start, so no query has to send them; `clients.spec.ts` fails when drizzle's own list changes.
 */
export const DRIZZLE_TEXT_TYPES = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182];
export const drizzleParsers = Object.fromEntries(DRIZZLE_TEXT_TYPES.map((type) => [type, asText]));

/** Opens a PGlite database as every place that serves one does: with drizzle's parsers. */
export const createPglite = (dataDir: string) => PGlite.create(dataDir, { parsers: drizzleParsers });

class RollBack extends Error {}

/**
 * Answers the calls of `pglite-messages.ts` on one PGlite database: where the database lives, in its own
 * thread (`pglite-thread-worker.ts`) or in the primary process for WORKERS (`pglite-host.ts`).
 */
export function pgliteServer(pg: PGlite): (request: Call) => Promise<unknown> {
	const statements = new StatementCache(pg);
	const open = new Map<number, { tx: Transaction; end: (commit: boolean, settled: (error: unknown) => void) => void }>();
	let nextTx = 0;

	// A transaction is held open until its client ends it: PGlite's lock keeps other queries out meanwhile.
	const begin = () =>
		new Promise<number>((started, failed) => {
			const id = ++nextTx;
			// Until it has begun, a failure is begin's to report; after that, the end's.
			let settled: (error: unknown) => void = failed;
			pg.transaction(async (tx) => {
				const commit = await new Promise<boolean>((resolve) => {
					open.set(id, { tx, end: (commit, onSettled) => ((settled = onSettled), resolve(commit)) });
					started(id);
				});
				if (!commit) throw new RollBack();
			}).then(
				() => settled(null),
				(error: unknown) => settled(error instanceof RollBack ? null : error)
			);
		});
	// Answers once PGlite has committed or rolled back.
	const end = (id: number, commit: boolean) =>
		new Promise<void>((done, failed) => {
			const transaction = open.get(id);
			if (!transaction) return failed(new Error('Transaction is closed'));
			open.delete(id);
			transaction.end(commit, (error) => (error ? failed(error) : done()));
		});
	const txOf = (id: number | undefined) => {
		if (id === undefined) return undefined;
		const transaction = open.get(id);
		if (!transaction) throw new Error('Transaction is closed');
		return transaction.tx;
	};

	return async (request) => {
		switch (request.op) {
			case 'query':
				return statements.query(request.text, request.params, { rowMode: request.rowMode }, txOf(request.tx));
			case 'exec':
				return (txOf(request.tx) ?? pg).exec(request.text);
			case 'begin':
				return begin();
			case 'end':
				return end(request.tx, request.commit);
			case 'close':
				await pg.close();
				return null;
		}
	};
}

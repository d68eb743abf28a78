import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { StatementCache } from './pglite-statements';

/** The worker's own file, for `new Worker`: after the build, the chunk this module landed in. */
export const WORKER_URL = import.meta.url;
export const WORKER_KIND = 'dpia-pglite';

const asText = (value: string) => value;
/**
 * The types drizzle wants as PostgreSQL's text (it parses dates itself): timestamp, timestamptz, interval,
 * date, and the arrays numeric[], timestamp[], timestamptz[], interval[] and date[]. Given to PGlite once
 * at start, so no query has to send them; `clients.spec.ts` fails when drizzle's own list changes.
 */
export const DRIZZLE_TEXT_TYPES = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182];
export const drizzleParsers = Object.fromEntries(DRIZZLE_TEXT_TYPES.map((type) => [type, asText]));

export type Request =
	| { id: number; op: 'query'; text: string; params: unknown[]; rowMode?: 'array' | 'object'; tx?: number }
	| { id: number; op: 'exec'; text: string; tx?: number }
	| { id: number; op: 'begin' }
	| { id: number; op: 'end'; tx: number; commit: boolean }
	| { id: number; op: 'close' };

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Record<string, unknown> };

/** What of an error crosses to the main thread: PostgreSQL's fields (code, detail, constraint, …) and the message. */
function plain(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { message: String(error) };
	const fields: Record<string, unknown> = { name: error.name, message: error.message };
	for (const [key, value] of Object.entries(error)) if (value === undefined || ['string', 'number'].includes(typeof value)) fields[key] = value;
	return fields;
}

class RollBack extends Error {}

/** Serves one PGlite database to the thread that started this worker, one message per call. */
async function serve(port: MessagePort, dataDir: string): Promise<void> {
	let pg: PGlite;
	try {
		pg = await PGlite.create(dataDir, { parsers: drizzleParsers });
	} catch (error) {
		port.postMessage({ id: 0, ok: false, error: plain(error) } satisfies Reply);
		return;
	}
	const statements = new StatementCache(pg);
	const open = new Map<number, { tx: Transaction; end: (commit: boolean, settled: (error: unknown) => void) => void }>();
	let nextTx = 0;

	// A transaction is held open until the main thread ends it: PGlite's lock keeps other queries out meanwhile.
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

	const handle = async (request: Request): Promise<unknown> => {
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

	port.on('message', (request: Request) => {
		handle(request).then(
			(value) => port.postMessage({ id: request.id, ok: true, value } satisfies Reply),
			(error) => port.postMessage({ id: request.id, ok: false, error: plain(error) } satisfies Reply)
		);
	});
	port.postMessage({ id: 0, ok: true, value: null } satisfies Reply);
}

if (!isMainThread && parentPort && (workerData as { kind?: string } | null)?.kind === WORKER_KIND) {
	void serve(parentPort, (workerData as { dataDir: string }).dataDir);
}

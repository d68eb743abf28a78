import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';
import type { Call, Reply, Request } from './pglite-messages';

interface QueryOptions {
	rowMode?: 'array' | 'object';
}

/** What drizzle's PGlite driver and `open.ts` use of a PGlite client, and no more. */
export interface PgliteQueries {
	query<T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
	exec(text: string): Promise<Results[]>;
}

export interface PgliteThread extends PgliteQueries {
	transaction<T>(callback: (tx: PgliteQueries & { readonly closed: boolean }) => Promise<T>): Promise<T>;
	/** One message as it is, for the host that passes other processes' calls on (`pglite-host.ts`). */
	relay(request: Call): Promise<unknown>;
	close(): Promise<void>;
}

/** An error from the database thread, with PostgreSQL's fields (code, detail, constraint, …) as it gave them. */
function rebuilt(fields: Record<string, unknown>): Error {
	const error = new Error(String(fields.message ?? 'database error'));
	Object.assign(error, fields);
	return error;
}

/** Where a client's requests go: the database thread, or the primary process that hosts it. */
export interface Channel {
	post(request: Request): void;
	/** True while calls are in flight: only then does the channel keep the process alive, as a connection would. */
	busy(inFlight: boolean): void;
}

/** Numbers the calls on a channel and settles each with its reply. */
export function callsOver(channel: Channel) {
	const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	let nextId = 0;
	let stopped: Error | null = null;
	return {
		call<T>(request: Call): Promise<T> {
			if (stopped) return Promise.reject(stopped);
			const id = ++nextId;
			if (pending.size === 0) channel.busy(true);
			return new Promise<T>((resolve, reject) => {
				pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
				channel.post({ ...request, id } as Request);
			});
		},
		/** Resolves on the reply with this id, which nobody asked for: the thread's "ready". */
		expect(id: number): Promise<unknown> {
			return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
		},
		receive(reply: Reply): void {
			const call = pending.get(reply.id);
			if (!call) return;
			pending.delete(reply.id);
			if (pending.size === 0) channel.busy(false);
			if (reply.ok) call.resolve(reply.value);
			else call.reject(rebuilt(reply.error));
		},
		stop(reason: Error): void {
			stopped = reason;
			for (const call of pending.values()) call.reject(reason);
			pending.clear();
		},
		get stopped() {
			return stopped !== null;
		}
	};
}

/** A PGlite client whose every call is a message: `query`, `exec` and transactions as drizzle uses them. */
export function pgliteClient(call: <T>(request: Call) => Promise<T>, close: () => Promise<void>): PgliteThread {
	const queries = (tx?: number): PgliteQueries => ({
		query: (text, params = [], options = {}) => call({ op: 'query', text, params, rowMode: options.rowMode, tx }),
		exec: (text) => call({ op: 'exec', text, tx })
	});
	return {
		...queries(),
		async transaction(callback) {
			const tx = await call<number>({ op: 'begin' });
			let closed = false;
			const inner = queries(tx);
			const client = {
				query: ((...args) => (closed ? Promise.reject(new Error('Transaction is closed')) : inner.query(...args))) as PgliteQueries['query'],
				exec: (text: string) => (closed ? Promise.reject(new Error('Transaction is closed')) : inner.exec(text)),
				get closed() {
					return closed;
				}
			};
			let result;
			try {
				result = await callback(client);
			} catch (error) {
				closed = true;
				await call({ op: 'end', tx, commit: false });
				throw error;
			}
			closed = true;
			await call({ op: 'end', tx, commit: true });
			return result;
		},
		relay: (request) => call(request),
		close
	};
}

/**
 * PGlite in a thread of its own. The engine is WebAssembly and runs its queries synchronously: in the
 * server's thread each query held up every other request, and the queries of waiting requests ran back
 * to back without letting the event loop read new ones. In a worker thread the database works on the
 * second core while this thread renders pages, and each query is a message, which lets requests take
 * turns as with a database server.
 */
export async function startPgliteThread(dataDir: string): Promise<PgliteThread> {
	const { WORKER_KIND, WORKER_URL } = await import('./pglite-thread-worker');
	const workerData = { kind: WORKER_KIND, dataDir };
	// In development and tests the worker is the TypeScript source itself, which Node runs through tsx.
	const worker = WORKER_URL.endsWith('.ts')
		? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`, { eval: true, workerData })
		: new Worker(new URL(WORKER_URL), { workerData });
	const calls = callsOver({ post: (request) => worker.postMessage(request), busy: (inFlight) => (inFlight ? worker.ref() : worker.unref()) });
	const ready = calls.expect(0);
	worker.on('message', (reply: Reply) => calls.receive(reply));
	worker.on('error', (error) => calls.stop(new Error(`The database thread stopped: ${error.message}`, { cause: error })));
	worker.on('exit', (code) => calls.stop(new Error(`The database thread stopped (exit code ${code})`)));

	try {
		await ready;
	} catch (error) {
		await worker.terminate();
		throw error;
	}
	return pgliteClient(calls.call, async () => {
		if (!calls.stopped) await calls.call({ op: 'close' });
		await worker.terminate();
	});
}

import { openPglite } from './open';
import { HOST_MESSAGE, isHostMessage, type HostReply } from './pglite-host-client';
import { plain, type Call, type Reply } from './pglite-messages';
import { createPglite, pgliteServer } from './pglite-server';
import { pgliteClient, type PgliteThread } from './pglite-thread';

/** What the relay needs of a node:cluster worker. */
export interface HostedWorker {
	readonly id: number;
	send(message: HostReply): unknown;
	isConnected(): boolean;
}

/**
 * Passes the workers' calls on to the one PGlite client, and answers each worker. It knows which worker
 * holds which transaction: a worker that stops with one open would otherwise keep PGlite's lock, and with
 * it every other worker, waiting for ever.
 */
export function pgliteRelay(client: PgliteThread) {
	const owners = new Map<number, number>();
	const gone = new Set<number>();
	const rollBack = (tx: number) => client.relay({ op: 'end', tx, commit: false }).catch(() => {});
	return {
		/** Takes a message from a worker; false when it is not the database's. */
		handle(worker: HostedWorker, message: unknown): boolean {
			if (!isHostMessage(message) || !('request' in message)) return false;
			const { id, ...call } = message.request;
			const answer = (reply: Reply) => {
				if (worker.isConnected()) worker.send({ kind: HOST_MESSAGE, reply });
			};
			// The host closes the database once every worker has gone; a worker's close only lets go of it.
			if (call.op === 'close') {
				answer({ id, ok: true, value: null });
				return true;
			}
			if (call.op === 'end') owners.delete(call.tx);
			client.relay(call).then(
				(value) => {
					if (call.op === 'begin') {
						if (gone.has(worker.id)) return void rollBack(value as number);
						owners.set(value as number, worker.id);
					}
					answer({ id, ok: true, value });
				},
				(error: unknown) => answer({ id, ok: false, error: plain(error) })
			);
			return true;
		},
		/** After a worker has stopped: rolls back what it left open. */
		async release(workerId: number): Promise<void> {
			gone.add(workerId);
			const left = [...owners].filter(([, owner]) => owner === workerId).map(([tx]) => tx);
			for (const tx of left) owners.delete(tx);
			await Promise.all(left.map(rollBack));
		}
	};
}

/**
 * PGlite in this very thread, for a process that does nothing else (the WORKERS host): no message to a
 * thread and back for every query. Anywhere pages are rendered, use `startPgliteThread`.
 */
export async function openPgliteHere(dataDir: string): Promise<PgliteThread> {
	const pg = await createPglite(dataDir);
	const serve = pgliteServer(pg);
	let closed: Error | null = null;
	const call = <T>(request: Call) => (closed ? Promise.reject(closed) : (serve(request) as Promise<T>));
	return pgliteClient(call, async () => {
		if (closed) return;
		await serve({ op: 'close' });
		closed = new Error('The database is closed');
	});
}

export interface PgliteHost {
	location: string;
	handle(worker: HostedWorker, message: unknown): boolean;
	release(workerId: number): Promise<void>;
	close(): Promise<void>;
}

/**
 * The primary process's side of `WORKERS` on PGlite. A data directory belongs to one process, so the primary
 * opens it (lock, migrations, upkeep, as one process would) and the workers, which render the pages on the
 * other cores, send it their queries. Run by scripts/serve.js from its own build (`build/db-host`).
 */
export async function startPgliteHost(options: { dataDir: string; migrationsFolder: string; onUpkeepError: (error: unknown) => void }): Promise<PgliteHost> {
	// This process renders nothing, so the engine runs in its main thread, a message hop less per query.
	const database = await openPglite(options.dataDir, options.migrationsFolder, openPgliteHere);
	try {
		await database.migrate();
	} catch (error) {
		await database.close();
		throw error;
	}
	database.maintain(options.onUpkeepError);
	const relay = pgliteRelay(database.client);
	return { location: database.location, handle: relay.handle, release: relay.release, close: database.close };
}

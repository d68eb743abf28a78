/**
 * Starts the built app (build/index.js): one process, or with WORKERS=n (or "auto": one per core) that many
 * on one port through node:cluster. One Node thread renders every page, so a single process uses one core
 * however many the machine has. The app keeps no state in memory that workers would have to share.
 *
 * On PGlite a data directory belongs to one process, so with WORKERS this primary process holds it
 * (build/db-host, from src/lib/server/db/pglite-host.ts): it migrates it, and the workers send it their
 * queries over node:cluster's channel.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import path from 'node:path';

// The app's own log (src/lib/server/log.ts) is bundled into the build; the launcher runs outside it and
// writes lines of the same shape.
function log(level, message, fields = {}) {
	if (process.env.LOG_LEVEL === 'silent') return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
	(level === 'error' ? console.error : console.log)(line);
}

/** The number of workers WORKERS asks for, or a message saying what is wrong with it. */
function workerCount(value, cores = availableParallelism()) {
	if (value === undefined || value === '') return { workers: 1 };
	if (value === 'auto') return { workers: cores };
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) return { error: 'WORKERS must be a whole number of 1 or more, or auto' };
	return { workers: n };
}

/** The PGlite host for the workers, or null on PostgreSQL; exits with a message when the directory cannot be opened. */
async function startDatabaseHost() {
	if (process.env.DATABASE_URL) return null;
	const { startPgliteHost } = await import('../build/db-host/pglite-host.js');
	try {
		const host = await startPgliteHost({
			dataDir: process.env.DATA_DIR || './data',
			migrationsFolder: process.env.MIGRATIONS_DIR || path.resolve(process.cwd(), 'drizzle'),
			onUpkeepError: (error) => log('warn', 'database upkeep failed; it is tried again at the next interval', { error: String(error) })
		});
		log('info', 'database host ready', { engine: 'pglite', location: host.location });
		return host;
	} catch (error) {
		log('error', 'the database could not be opened', { error: error instanceof Error ? error.message : String(error) });
		process.exit(1);
	}
}

async function runPrimary(workers) {
	// Structured clone, not JSON, for the database's messages: query parameters and rows keep their types.
	cluster.setupPrimary({ serialization: 'advanced' });
	const host = await startDatabaseHost();
	if (host) cluster.on('message', (worker, message) => host.handle(worker, message));
	let stopping = false;
	const started = new Set();
	const closeHostAfterLast = () => {
		if (!host || Object.keys(cluster.workers ?? {}).length > 0) return;
		host.close().catch((error) => log('error', 'the database did not close cleanly', { error: error instanceof Error ? error.message : String(error) }));
	};
	const fork = () => {
		const worker = cluster.fork(host ? { DPIA_PGLITE_HOSTED: '1' } : {});
		worker.once('listening', () => started.add(worker.id));
		worker.once('exit', (code, signal) => {
			void host?.release(worker.id);
			if (stopping) return closeHostAfterLast();
			if (!started.has(worker.id)) {
				// It never came up (a wrong DATABASE_URL, a failed migration): restarting would only repeat that.
				log('error', 'a worker stopped before it could serve; stopping', { code, signal });
				stopping = true;
				for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
				process.exitCode = code || 1;
				return closeHostAfterLast();
			}
			log('warn', 'a worker stopped; starting a new one', { code, signal });
			fork();
		});
	};
	for (let i = 0; i < workers; i++) fork();
	log('info', 'started workers', { workers });
	const stop = (signal) => {
		stopping = true;
		// Each worker drains its requests and closes its database on SIGTERM; the primary ends with the last.
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	process.once('SIGTERM', () => stop('SIGTERM'));
	process.once('SIGINT', () => stop('SIGTERM'));
}

// A document may be 20 MB (issue 21); adapter-node refuses bodies over 512 kB unless told otherwise. The
// margin lets a file somewhat over the limit reach the upload check, which names the limit beside the field.
process.env.BODY_SIZE_LIMIT ||= '30M';

const { workers = 1, error } = workerCount(process.env.WORKERS);
if (error) {
	log('error', error, { WORKERS: process.env.WORKERS });
	process.exit(1);
}
if (cluster.isPrimary && workers > 1) await runPrimary(workers);
else {
	// A worker's channel to the primary keeps it alive: once the app has drained and closes its database,
	// let go of the channel too, so the worker exits as a single process would.
	if (cluster.isWorker) process.once('sveltekit:shutdown', () => cluster.worker?.disconnect());
	await import('../build/index.js');
}

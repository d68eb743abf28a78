import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { plain, type Reply, type Request } from './pglite-messages';
import { createPglite, pgliteServer } from './pglite-server';

/** The worker's own file, for `new Worker`: after the build, the chunk this module landed in. */
export const WORKER_URL = import.meta.url;
export const WORKER_KIND = 'dpia-pglite';

/** Serves one PGlite database to the thread that started this worker, one message per call. */
async function serve(port: MessagePort, dataDir: string): Promise<void> {
	let pg: PGlite;
	try {
		pg = await createPglite(dataDir);
	} catch (error) {
		port.postMessage({ id: 0, ok: false, error: plain(error) } satisfies Reply);
		return;
	}
	const handle = pgliteServer(pg);
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

import type { Reply, Request } from './pglite-messages';
import { callsOver, pgliteClient, type PgliteThread } from './pglite-thread';

/** Tags the database's messages on a worker's channel to the primary, which node:cluster shares. */
export const HOST_MESSAGE = 'dpia-pglite-host';

export interface HostRequest {
	kind: typeof HOST_MESSAGE;
	request: Request;
}
export interface HostReply {
	kind: typeof HOST_MESSAGE;
	reply: Reply;
}

export function isHostMessage(message: unknown): message is HostRequest | HostReply {
	return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === HOST_MESSAGE;
}

/**
 * A worker's client of the PGlite database that the primary process hosts (`WORKERS` on PGlite, see
 * `pglite-host.ts`): the same calls as to the database thread, sent over node:cluster's channel.
 */
export function connectPgliteHost(): PgliteThread {
	const send = process.send?.bind(process);
	if (!send) throw new Error('No primary process to reach the database through: DPIA_PGLITE_HOSTED is for workers started by scripts/serve.js.');
	// The channel to the primary keeps the worker alive in any case.
	const calls = callsOver({ post: (request) => send({ kind: HOST_MESSAGE, request } satisfies HostRequest), busy: () => {} });
	const receive = (message: unknown) => {
		if (isHostMessage(message) && 'reply' in message) calls.receive(message.reply);
	};
	const lost = () => calls.stop(new Error('The database host (the primary process) stopped'));
	process.on('message', receive);
	process.once('disconnect', lost);
	return pgliteClient(calls.call, async () => {
		// The primary closes the database once every worker has gone; a worker only lets go of it.
		process.off('message', receive);
		process.off('disconnect', lost);
		calls.stop(new Error('The database connection is closed'));
	});
}

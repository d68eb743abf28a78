import { availableParallelism } from 'node:os';

export interface PoolConfig {
	/** Reports rendered at once, each in a worker thread of its own. */
	workers: number;
	/** Reports waiting for a worker; one more is refused as busy. */
	queue: number;
	/** Render time of one report, from its start in a worker (not its wait in the queue). */
	timeoutMs: number;
	/** Size of one PDF. */
	maxBytes: number;
	/** Old-generation heap of one worker: a render that needs more ends that worker, not the server. */
	heapMb: number;
}

function whole(value: string | undefined, fallback: number, min: number): number {
	const n = Number(value);
	return value !== undefined && value !== '' && Number.isInteger(n) && n >= min ? n : fallback;
}

/**
 * REPORT_WORKERS, REPORT_QUEUE, REPORT_TIMEOUT_MS, REPORT_MAX_MB and REPORT_HEAP_MB. One worker fewer than
 * the cores (at least one) leaves a core for pages and the database thread.
 */
export function poolConfig(env: Record<string, string | undefined> = process.env): PoolConfig {
	const workers = whole(env.REPORT_WORKERS, Math.max(1, Math.min(4, availableParallelism() - 1)), 1);
	return {
		workers,
		queue: whole(env.REPORT_QUEUE, 4 * workers, 0),
		timeoutMs: whole(env.REPORT_TIMEOUT_MS, 120_000, 1),
		maxBytes: whole(env.REPORT_MAX_MB, 64, 1) * 1024 * 1024,
		heapMb: whole(env.REPORT_HEAP_MB, 1024, 64)
	};
}

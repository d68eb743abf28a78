import { BenchConnection } from './http-client';

export interface LoadResult {
	requests: number;
	failures: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	/** The load generator's own CPU per request (ms): what it took from the cores the server shares. */
	clientCpuPerRequest: number;
}

/** Nearest rank: the value at or below which p % of the sorted numbers lie. */
export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A small closed-loop load generator: `connections` keep-alive clients each send the next request as soon
 * as the previous answer is read, for `seconds`. Exact percentiles from every latency (autocannon's
 * histogram has no p95).
 */
export async function load(url: string, options: { connections: number; seconds: number; cookie?: string; acceptEncoding?: string }): Promise<LoadResult> {
	const target = new URL(url);
	const headers: Record<string, string> = options.cookie ? { Cookie: options.cookie } : {};
	if (options.acceptEncoding) headers['Accept-Encoding'] = options.acceptEncoding;
	const latencies: number[] = [];
	let failures = 0;
	const end = Date.now() + options.seconds * 1000;
	const client = async () => {
		const connection = new BenchConnection(target, headers);
		try {
			while (Date.now() < end) {
				const started = process.hrtime.bigint();
				try {
					const status = await connection.get();
					latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
					if (status >= 400) failures++;
				} catch {
					failures++;
				}
			}
		} finally {
			connection.close();
		}
	};
	const cpuBefore = process.cpuUsage();
	const started = Date.now();
	await Promise.all(Array.from({ length: options.connections }, client));
	const elapsed = (Date.now() - started) / 1000;
	const cpu = process.cpuUsage(cpuBefore);
	latencies.sort((a, b) => a - b);
	return {
		requests: latencies.length,
		failures,
		rps: latencies.length / elapsed,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		clientCpuPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)
	};
}

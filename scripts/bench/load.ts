import http from 'node:http';

export interface LoadResult {
	requests: number;
	failures: number;
	rps: number;
	p50: number;
	p95: number;
	p99: number;
}

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A small closed-loop load generator: `connections` keep-alive clients each send the next request as soon
 * as the previous answer is read, for `seconds`. Exact percentiles from every latency (autocannon's
 * histogram has no p95).
 */
export async function load(url: string, options: { connections: number; seconds: number; cookie?: string }): Promise<LoadResult> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
	const latencies: number[] = [];
	let failures = 0;
	const end = Date.now() + options.seconds * 1000;
	const once = () =>
		new Promise<void>((resolve) => {
			const started = process.hrtime.bigint();
			const req = http.get(url, { agent, headers: options.cookie ? { cookie: options.cookie } : {} }, (res) => {
				res.resume();
				res.on('end', () => {
					latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
					if ((res.statusCode ?? 500) >= 400) failures++;
					resolve();
				});
			});
			req.on('error', () => {
				failures++;
				resolve();
			});
		});
	const client = async () => {
		while (Date.now() < end) await once();
	};
	const started = Date.now();
	await Promise.all(Array.from({ length: options.connections }, client));
	const elapsed = (Date.now() - started) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return { requests: latencies.length, failures, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

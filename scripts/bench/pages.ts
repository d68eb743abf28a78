/**
 * Page latency benchmark (issue 6): a populated database, the built server, and p50/p95/p99 + requests/s
 * for the register list, a questionnaire section and the risk page at 10 and 50 connections, with two
 * baselines beside them: a static file (HTTP and the load generator alone) and /healthz (the app's
 * hooks and one `select 1`). "cpu/req" is the server process's CPU per request, which a busy machine
 * disturbs far less than latency.
 *
 *   npm run bench:pages -- [--dpias 10000] [--orgs 100] [--seconds 5] [--rounds 3] [--workers 2] [--pg [--socket /var/run/postgresql]] [--encoding br]
 *   npm run bench:growth -- [--sizes 1000,10000,100000] [--pg]     same pages at each size, 10 connections
 *   (both take --port, 4321 by default, to run two side by side; --workers sets WORKERS;
 *   --socket has the app reach PostgreSQL through its Unix socket instead of TCP on 127.0.0.1; --encoding is the
 *   Accept-Encoding the load generator sends, "gzip, deflate, br" as a browser by default, "identity" to measure
 *   the pages uncompressed: the difference in cpu/req is what compressing costs)
 */
import { parseArgs } from 'node:util';
import { benchDatabase } from './database';
import { compressionCost } from './compression';
import { BARE_ROUTE, benchPages, fixed, loadAverage, measure, type Measured } from './measure';
import { BENCH_PASSWORD } from './populate';
import { loginCookie, startServer } from './server';

const { values } = parseArgs({
	options: {
		dpias: { type: 'string', default: '10000' },
		orgs: { type: 'string', default: '100' },
		seconds: { type: 'string', default: '5' },
		pg: { type: 'boolean', default: false },
		growth: { type: 'boolean', default: false },
		sizes: { type: 'string', default: '1000,10000,100000' },
		port: { type: 'string', default: '4321' },
		workers: { type: 'string', default: '1' },
		rounds: { type: 'string', default: '3' },
		socket: { type: 'string' },
		encoding: { type: 'string', default: 'gzip, deflate, br' }
	}
});
const seconds = Number(values.seconds);
const workers = `${values.workers} worker${values.workers === '1' ? '' : 's'}`;
const engine = values.pg ? `PostgreSQL${values.socket ? ' (Unix socket)' : ''}, ${workers}` : `PGlite, ${workers}`;
if (!values.pg && values.socket) throw new Error('--socket needs --pg');

/** Populates `dpias`, starts the server on it, runs `body`, and removes it all again. */
async function withServer<T>(dpias: number, body: (ctx: { url: string; pid: number; cookie: string; first: Awaited<ReturnType<typeof benchDatabase>>['first'] }) => Promise<T>): Promise<T> {
	const database = await benchDatabase({ pg: values.pg, orgs: Math.min(Number(values.orgs), dpias), dpias, socketDir: values.socket });
	console.log(`populated ${dpias} DPIAs in ${Math.min(Number(values.orgs), dpias)} organisations (${engine}) in ${database.populateSeconds.toFixed(1)} s`);
	try {
		const server = await startServer({ ...database.env, WORKERS: values.workers }, Number(values.port));
		console.log(`server ready in ${server.startMs.toFixed(0)} ms`);
		try {
			const cookie = await loginCookie(server.url, database.first.email, BENCH_PASSWORD);
			return await body({ url: server.url, pid: server.process.pid!, cookie, first: database.first });
		} finally {
			await server.stop();
		}
	} finally {
		await database.cleanup();
	}
}

function row(label: string, connections: number, r: Measured, bare: number): string {
	return [label.padEnd(24), String(connections).padStart(5), fixed(r.p50), fixed(r.p95), fixed(r.p99), fixed(r.rps, 8, 0), fixed(r.p95 / bare), fixed(r.cpuPerRequest, 8, 2), fixed(r.databaseCpuPerRequest, 8, 2), fixed(r.clientCpuPerRequest, 8, 2), String(r.failures).padStart(6)].join(' ');
}

/** The round whose p95 is the median of the rounds: one slow or lucky stretch of a shared machine moves it least. */
function medianRound(results: Measured[]): Measured {
	return [...results].sort((a, b) => a.p95 - b.p95)[Math.floor(results.length / 2)]!;
}

async function pagesRun(): Promise<void> {
	const rounds = Math.max(1, Number(values.rounds));
	const rows = await withServer(Number(values.dpias), async ({ url, pid, cookie, first }) => {
		const out: string[] = [];
		for (const connections of [10, 50]) {
			// Rounds go through every page in turn, so a stretch when the machine is slow hits each page once.
			const results = new Map<string, Measured[]>();
			for (let round = 0; round < rounds; round++) {
				for (const page of benchPages(url, first)) {
					const r = await measure(page, { connections, seconds, cookie, serverPid: pid, postgres: values.pg, acceptEncoding: values.encoding });
					results.set(page.label, [...(results.get(page.label) ?? []), r]);
				}
			}
			const bare = medianRound(results.get(BARE_ROUTE)!).p95;
			for (const [label, measured] of results) out.push(row(label, connections, medianRound(measured), bare));
			out.push(`  (load average after ${connections} connections: ${loadAverage()})`);
		}
		out.push('\ncompressing each page as the server does (CPU per page, ms, in this process): page, bytes → brotli bytes, brotli q4, gzip 6');
		for (const c of await compressionCost(benchPages(url, first, false), cookie)) {
			out.push(`${c.label.padEnd(24)} ${String(c.bytes).padStart(8)} → ${String(c.brotliBytes).padStart(6)} ${fixed(c.brotliMs, 8, 2)} ${fixed(c.gzipMs, 8, 2)}`);
		}
		return out;
	});
	console.log(`\n${engine}, ${values.dpias} DPIAs, Accept-Encoding: ${values.encoding}, ${seconds} s per page and round, the median of ${rounds} round(s); x bare = p95 / p95 of /healthz at the same connections; CPU per request (ms): cpu/req the app's, db cpu the PostgreSQL server's, client the load generator's`);
	console.log(`${'page'.padEnd(24)} ${'conns'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)} ${'x bare'.padStart(8)} ${'cpu/req'.padStart(8)} ${'db cpu'.padStart(8)} ${'client'.padStart(8)} ${'errors'.padStart(6)}`);
	for (const line of rows) console.log(line);
}

async function growthRun(): Promise<void> {
	const sizes = values.sizes.split(',').map(Number);
	const table = new Map<string, Measured[]>();
	const loads: string[] = [];
	for (const dpias of sizes) {
		await withServer(dpias, async ({ url, pid, cookie, first }) => {
			for (const page of benchPages(url, first)) {
				if (page.anonymous) continue;
				const r = await measure(page, { connections: 10, seconds, cookie, serverPid: pid, postgres: values.pg, acceptEncoding: values.encoding });
				table.set(page.label, [...(table.get(page.label) ?? []), r]);
				console.log(`  ${page.label} at ${dpias}: p50 ${r.p50.toFixed(1)}, p95 ${r.p95.toFixed(1)}, p99 ${r.p99.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, cpu ${r.cpuPerRequest.toFixed(2)} ms/req${values.pg ? `, PostgreSQL ${r.databaseCpuPerRequest.toFixed(2)}` : ''}`);
			}
		});
		loads.push(`${dpias}: ${loadAverage()}`);
	}
	console.log(`\nGrowth (${engine}, 10 connections, ${seconds} s per page): the same pages at each number of DPIAs; flat is good`);
	console.log(`${'page'.padEnd(24)} ${'DPIAs'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)} ${'cpu/req'.padStart(8)} ${'db cpu'.padStart(8)}`);
	for (const [label, results] of table) {
		results.forEach((r, i) => console.log([label.padEnd(24), String(sizes[i]).padStart(7), fixed(r.p50), fixed(r.p95), fixed(r.p99), fixed(r.rps, 8, 0), fixed(r.cpuPerRequest, 8, 2), fixed(r.databaseCpuPerRequest, 8, 2)].join(' ')));
	}
	console.log(`load average after each size: ${loads.join('; ')}`);
}

await (values.growth ? growthRun() : pagesRun());

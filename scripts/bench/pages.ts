/**
 * Page latency benchmark (issue 6): a populated database, the built server, and p50/p95/p99 + requests/s
 * for the register list, a questionnaire section and the risk page at 10 and 50 connections, with
 * /healthz (one `select 1`) beside them as the bare-route baseline.
 *
 *   npm run bench:pages -- [--dpias 10000] [--orgs 100] [--seconds 5] [--pg]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '../../src/lib/server/db/open';
import { load } from './load';
import { BENCH_PASSWORD, populate } from './populate';
import { loginCookie, startServer } from './server';

const { values } = parseArgs({
	options: { dpias: { type: 'string', default: '10000' }, orgs: { type: 'string', default: '100' }, seconds: { type: 'string', default: '5' }, pg: { type: 'boolean', default: false } }
});
const dpias = Number(values.dpias);
const orgs = Math.min(Number(values.orgs), dpias);
const seconds = Number(values.seconds);

async function prepare(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void>; first: Awaited<ReturnType<typeof populate>> }> {
	if (values.pg) {
		const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
		const name = `dpia_bench_${Date.now()}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`CREATE DATABASE ${name}`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		const database = await openDatabase({ url: url.toString(), poolSize: 4 });
		await database.migrate();
		const first = await populate(database.db, { orgs, dpias });
		await database.close();
		return { env: { DATABASE_URL: url.toString() }, first, cleanup: async () => { await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await admin.end(); } };
	}
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-bench-'));
	const database = await openDatabase({ dataDir: path.join(dir, 'data') });
	await database.migrate();
	const first = await populate(database.db, { orgs, dpias });
	await database.close();
	return { env: { DATA_DIR: path.join(dir, 'data') }, first, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

const t0 = performance.now();
const { env, first, cleanup } = await prepare();
console.log(`populated ${dpias} DPIAs in ${orgs} organisations (${values.pg ? 'PostgreSQL' : 'PGlite'}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const server = await startServer(env, 4321);
console.log(`server ready in ${server.startMs.toFixed(0)} ms`);
try {
	const cookie = await loginCookie(server.url, first.email, BENCH_PASSWORD);
	console.log('logged in');
	const base = `${server.url}/o/${first.slug}`;
	const pages: [string, string][] = [
		['bare route (/healthz)', `${server.url}/healthz`],
		['register list', `${base}/processings`],
		['questionnaire section', `${base}/assessments/${first.assessmentId}/questionnaire/2`],
		['risk page', `${base}/assessments/${first.assessmentId}/risks`]
	];
	const rows: string[] = [];
	for (const connections of [10, 50]) {
		let bare = NaN;
		for (const [label, url] of pages) {
			await load(url, { connections, seconds: 1, cookie }); // warm-up
			const r = await load(url, { connections, seconds, cookie });
			if (Number.isNaN(bare)) bare = r.p95;
			rows.push(
				[label.padEnd(24), String(connections).padStart(5), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), r.p99.toFixed(1).padStart(8), r.rps.toFixed(0).padStart(8), (r.p95 / bare).toFixed(1).padStart(8), String(r.failures).padStart(6)].join(' ')
			);
		}
	}
	console.log(`\n${'page'.padEnd(24)} ${'conns'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(8)} ${'x bare'.padStart(8)} ${'errors'.padStart(6)}`);
	for (const row of rows) console.log(row);
} finally {
	await server.stop();
	await cleanup();
}

/**
 * Where a page's server CPU goes: the built server under load with V8's CPU profiler on, then the
 * functions and packages that took the most time. For finding the next thing to make faster; the
 * figures themselves come from bench:pages (the profiler slows the server down).
 *
 *   npm run bench:profile -- [--page register|questionnaire|risks|healthz] [--dpias 1000] [--pg] [--top 30]
 *
 * The .cpuprofile file stays in the directory it prints, to open in Chrome's DevTools (Performance tab).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDatabase } from './database';
import { load } from './load';
import { BARE_ROUTE, benchPages } from './measure';
import { BENCH_PASSWORD } from './populate';
import { summarizeProfile } from './profile-summary';
import { loginCookie, startServer } from './server';

const { values } = parseArgs({
	options: {
		page: { type: 'string', default: 'register' },
		dpias: { type: 'string', default: '1000' },
		pg: { type: 'boolean', default: false },
		seconds: { type: 'string', default: '8' },
		top: { type: 'string', default: '30' },
		port: { type: 'string', default: '4324' }
	}
});
const PAGES: Record<string, string> = { register: 'register list', questionnaire: 'questionnaire section', risks: 'risk page', healthz: BARE_ROUTE };
const label = PAGES[values.page];
if (!label) throw new Error(`--page must be one of ${Object.keys(PAGES).join(', ')}`);

const dpias = Number(values.dpias);
const database = await benchDatabase({ pg: values.pg, orgs: Math.max(1, Math.round(dpias / 100)), dpias });
const profileDir = mkdtempSync(path.join(tmpdir(), 'dpia-profile-'));
try {
	const server = await startServer(database.env, Number(values.port), ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
	try {
		const cookie = await loginCookie(server.url, database.first.email, BENCH_PASSWORD);
		const page = benchPages(server.url, database.first).find((p) => p.label === label)!;
		await load(page.url, { connections: 10, seconds: 2, cookie });
		const result = await load(page.url, { connections: 10, seconds: Number(values.seconds), cookie });
		console.log(`${label}, ${values.pg ? 'PostgreSQL' : 'PGlite'}, ${dpias} DPIAs, 10 connections, profiler on: ${result.requests} requests, ${result.rps.toFixed(0)} req/s`);
	} finally {
		await server.stop(); // the profile is written as the process exits
	}
	const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
	if (!file) throw new Error(`no profile written in ${profileDir}`);
	console.log(summarizeProfile(path.join(profileDir, file), Number(values.top)));
	console.log(`\nprofile: ${path.join(profileDir, file)}`);
} finally {
	await database.cleanup();
}

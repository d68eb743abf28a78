import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { load, type LoadResult } from './load';
import type { Populated } from './populate';

export interface Page {
	label: string;
	url: string;
	/** Sent without the session cookie (the static file never reaches the app's hooks). */
	anonymous?: boolean;
}

export const BARE_ROUTE = 'bare route (/healthz)';

/**
 * The pages of the budget, and two baselines: a static file (served by adapter-node before any app
 * code: what the load generator and HTTP cost on this machine) and /healthz (the app's hooks, session
 * lookup and one `select 1`).
 */
export function benchPages(serverUrl: string, first: Populated, withBaselines = true): Page[] {
	const base = `${serverUrl}/o/${first.slug}`;
	return [
		...(withBaselines
			? [
					{ label: 'static file (favicon)', url: `${serverUrl}/favicon.svg`, anonymous: true },
					{ label: BARE_ROUTE, url: `${serverUrl}/healthz` }
				]
			: []),
		{ label: 'register list', url: `${base}/processings` },
		{ label: 'questionnaire section', url: `${base}/assessments/${first.assessmentId}/questionnaire/2` },
		{ label: 'risk page', url: `${base}/assessments/${first.assessmentId}/risks` }
	];
}

/** CPU time (user + system) of one process so far, in ms; NaN where /proc is missing (not Linux). */
function processCpuMs(pid: number): number {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
	} catch {
		return NaN;
	}
}

/** The server's CPU so far: the process and, with WORKERS, its worker processes. */
function cpuMs(pid: number): number {
	let children: number[] = [];
	try {
		children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		// no /proc: processCpuMs says NaN
	}
	return children.reduce((sum, child) => sum + processCpuMs(child), processCpuMs(pid));
}

/** CPU so far of every PostgreSQL server process on this machine (the benchmark's server is local). */
function postgresCpuMs(): number {
	let sum = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') sum += processCpuMs(Number(entry));
		} catch {
			// the process ended meanwhile
		}
	}
	return sum;
}

export interface Measured extends LoadResult {
	/** Server CPU per request (all its workers): robust to a busy machine, unlike latency. In-process work only (PGlite included, a PostgreSQL server not). */
	cpuPerRequest: number;
	/** The PostgreSQL server's CPU per request, when the app uses one (NaN for PGlite). */
	databaseCpuPerRequest: number;
}

export async function measure(page: Page, options: { connections: number; seconds: number; cookie: string; serverPid: number; postgres?: boolean; acceptEncoding?: string }): Promise<Measured> {
	const cookie = page.anonymous ? undefined : options.cookie;
	const acceptEncoding = options.acceptEncoding;
	await load(page.url, { connections: options.connections, seconds: 1, cookie, acceptEncoding }); // warm-up
	const before = cpuMs(options.serverPid);
	const databaseBefore = options.postgres ? postgresCpuMs() : NaN;
	const result = await load(page.url, { connections: options.connections, seconds: options.seconds, cookie, acceptEncoding });
	const requests = Math.max(1, result.requests);
	const databaseCpu = options.postgres ? postgresCpuMs() - databaseBefore : NaN;
	return { ...result, cpuPerRequest: (cpuMs(options.serverPid) - before) / requests, databaseCpuPerRequest: databaseCpu / requests };
}

export function loadAverage(): string {
	return loadavg()
		.map((n) => n.toFixed(2))
		.join(' ');
}

export const fixed = (n: number, width = 8, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–').padStart(width);

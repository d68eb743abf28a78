/**
 * What a school's browser gets on a cold visit (issue 24): Debian Chromium, a fresh browser context per run (no
 * cache, no connection reuse), the built app on a populated database. Per page: requests, bytes on the wire (CDP
 * Network: headers and bodies as sent), the HTML's share of it, JavaScript as sent and gzipped (gzip -6 of what the
 * browser ran, so the figure does not depend on which encoding the server picked), and first contentful paint
 * (Paint Timing) twice: arriving by a link from another site, and typed into a blank new tab (see visit). The median
 * of --runs runs per page, measured after the network went quiet; each run visits every page in turn. Then, from
 * traced visits, the page's own share of first paint: its renderer main thread's CPU time from the commit to the
 * paint, by phase (main-thread.ts).
 *
 *   npm run bench:browser -- [--runs 9] [--port 4324]          (needs `npm run build`)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { sections } from '../../src/lib/domain/questionnaire/api';
import { openDatabase } from '../../src/lib/server/db/open';
import { mainThreadBeforePaint, PHASES, type MainThread, type TraceEvent } from './main-thread';
import { percentile } from './load';
import { fixed, loadAverage } from './measure';
import { BENCH_PASSWORD, populate } from './populate';
import { loginCookie, startServer } from './server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, port: { type: 'string', default: '4324' } } });
const runs = Math.max(1, Number(values.runs));
/** Enough for the main thread's tasks by phase (main-thread.ts) and the first paint */
const TRACE_CATEGORIES = ['devtools.timeline', 'loading', 'blink', 'navigation', 'v8.execute', 'toplevel'];

interface Visit {
	requests: number;
	wireBytes: number;
	htmlBytes: number;
	jsFiles: number;
	jsWireBytes: number;
	jsGzipBytes: number;
	fcpMs: number;
	/** navigation timing, ms from the navigation's start: the first byte of the page, and the parser done */
	ttfbMs: number;
	parsedMs: number;
}

/** Counts what the page fetched through CDP's Network domain, which sees every request including preloads. */
async function countNetwork(cdp: CDPSession, origin: string): Promise<() => Promise<Omit<Visit, 'fcpMs' | 'ttfbMs' | 'parsedMs'>>> {
	const types = new Map<string, string>();
	const wire = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (e) => {
		// the site the visit came from may still fetch its icon
		if (!e.request.url.startsWith('data:') && new URL(e.request.url).origin === origin) types.set(e.requestId, e.type ?? 'Other');
	});
	cdp.on('Network.responseReceived', (e) => {
		if (types.has(e.requestId)) types.set(e.requestId, e.type);
	});
	cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength));
	await cdp.send('Network.enable');
	return async () => {
		const visit = { requests: types.size, wireBytes: 0, htmlBytes: 0, jsFiles: 0, jsWireBytes: 0, jsGzipBytes: 0 };
		for (const [id, type] of types) {
			const bytes = wire.get(id) ?? 0;
			visit.wireBytes += bytes;
			if (type === 'Document') visit.htmlBytes += bytes;
			if (type !== 'Script') continue;
			const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: id });
			visit.jsFiles++;
			visit.jsWireBytes += bytes;
			visit.jsGzipBytes += gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length;
		}
		return visit;
	};
}

/**
 * One cold visit: a new browser context (no cache, no connection). A person arrives from another site (the school's
 * portal, a mail, the new-tab page), so the tab first shows a page of another site and then follows the link, as
 * theirs does; only that second navigation is counted. `fromBlank` leaves that out and navigates a new tab's blank
 * page, which Chromium can keep in its renderer unless the response asks for isolation (Cross-Origin-Opener-Policy):
 * that costs a process switch here which a real arrival from another site pays in any case.
 */
async function visit(browser: Browser, url: string, cookie: { name: string; value: string; url: string } | undefined, elsewhere: string | null, traced?: (main: MainThread | null) => void): Promise<Visit> {
	const context = await browser.newContext();
	try {
		if (cookie) await context.addCookies([cookie]);
		const page = await context.newPage();
		if (elsewhere) await page.goto(elsewhere);
		const cdp = await context.newCDPSession(page);
		const counted = await countNetwork(cdp, new URL(url).origin);
		if (traced) await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		if (traced) {
			const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
			traced(mainThreadBeforePaint(trace.traceEvents));
		}
		const timing = await page.evaluate(() => {
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			return {
				fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				ttfbMs: navigation?.responseStart ?? NaN,
				parsedMs: navigation?.domInteractive ?? NaN
			};
		});
		return { ...(await counted()), ...timing };
	} finally {
		await context.close();
	}
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
const median = (numbers: number[]) => percentile(sorted(numbers), 50);

/** The sections whose page is smallest and largest (HTML bytes), so the figures bracket the questionnaire. */
async function extremeSections(base: string, cookie: string): Promise<{ smallest: string; largest: string }> {
	const sizes: [string, number][] = [];
	for (const section of sections) {
		const res = await fetch(`${base}/questionnaire/${section.id}`, { headers: { cookie, 'accept-encoding': 'identity' } });
		if (res.ok) sizes.push([section.id, (await res.arrayBuffer()).byteLength]);
	}
	sizes.sort((a, b) => a[1] - b[1]);
	return { smallest: sizes[0]![0], largest: sizes.at(-1)![0] };
}

const dir = mkdtempSync(path.join(tmpdir(), 'dpia-browser-'));
const dataDir = path.join(dir, 'data');
const database = await openDatabase({ dataDir });
await database.migrate();
const first = await populate(database.db, { orgs: 1, dpias: 5 });
await database.close();
const server = await startServer({ DATA_DIR: dataDir }, Number(values.port));
// The browser's own floor: a page of one paragraph, no script and no style, from a plain server on loopback.
// First contentful paint of this page is what Chromium here needs for any page at all.
const floor = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="nl"><title>Hallo</title><p>Hallo</p></html>'));
await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
const floorPort = (floor.address() as { port: number }).port;
const floorUrl = `http://127.0.0.1:${floorPort}/`;
// localhost and 127.0.0.1 are different sites to the browser, so this is a link followed from another site
const elsewhere = `http://localhost:${floorPort}/elsewhere`;
// Each cold context opens a new window, and Chromium builds that window's omnibox popups as two web pages in a
// renderer of their own (chrome://omnibox-popup.top-chrome). On two cores that work, 40 to 200 ms of CPU, ran
// during the visits it was meant to serve; a person's browser built it when the window opened, so it is left out.
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup']
});
try {
	const session = await loginCookie(server.url, first.email, BENCH_PASSWORD);
	const [name, value] = session.split('=') as [string, string];
	const cookie = { name, value, url: server.url };
	const org = `${server.url}/o/${first.slug}`;
	const dpia = `${org}/assessments/${first.assessmentId}`;
	const { smallest, largest } = await extremeSections(dpia, session);
	const pages: [string, string, boolean][] = [
		['floor: one paragraph, no app', floorUrl, false],
		['login (first visit)', `${server.url}/login`, false],
		['dashboard', org, true],
		['register', `${org}/processings`, true],
		['DPIA overview', dpia, true],
		[`questionnaire §${smallest} (smallest)`, `${dpia}/questionnaire/${smallest}`, true],
		[`questionnaire §${largest} (largest)`, `${dpia}/questionnaire/${largest}`, true],
		['risks', `${dpia}/risks`, true]
	];
	console.log(`Cold visits, Debian Chromium, median of ${runs} runs; kB = 1,000 bytes on the wire (headers included)`);
	console.log('FCP ms: arriving from another site (a link followed), with the middle half of the runs (p25-p75); blank: typed into a new tab of a new context');
	console.log('TTFB and parsed: the first byte of the page and the parser done (domInteractive), ms, on the arrival from another site');
	const toRun = pages.map(([label, url, withSession]) => ({ label, url, session: withSession ? cookie : undefined, results: [] as Visit[], blank: [] as number[] }));
	// warm the server's caches, not the browser's
	for (const page of toRun) await visit(browser, page.url, page.session, elsewhere);
	// Every run visits every page in turn, and each page both ways: a phase of the shared machine's load then
	// touches all pages and both columns alike, where a page's runs in one block would all fall in one phase.
	const loadBefore = loadAverage();
	for (let run = 0; run < runs; run++) {
		for (const page of toRun) {
			page.results.push(await visit(browser, page.url, page.session, elsewhere));
			page.blank.push((await visit(browser, page.url, page.session, null)).fcpMs);
		}
	}
	console.log(`load average ${loadBefore} before the runs, ${loadAverage()} after`);
	console.log(`${'page'.padEnd(34)} ${'requests'.padStart(8)} ${'total kB'.padStart(9)} ${'HTML kB'.padStart(8)} ${'JS files'.padStart(8)} ${'JS kB'.padStart(7)} ${'JS gz kB'.padStart(8)} ${'FCP ms'.padStart(7)} ${'p25-p75'.padStart(9)} ${'blank'.padStart(6)} ${'TTFB'.padStart(5)} ${'parsed'.padStart(6)}`);
	for (const { label, results, blank } of toRun) {
		const m = (pick: (v: Visit) => number) => median(results.map(pick));
		const kB = (pick: (v: Visit) => number, width: number) => fixed(m(pick) / 1000, width);
		const fcp = sorted(results.map((v) => v.fcpMs));
		const spread = `${percentile(fcp, 25).toFixed(0)}-${percentile(fcp, 75).toFixed(0)}`;
		console.log(
			[label.padEnd(34), fixed(m((v) => v.requests), 8, 0), kB((v) => v.wireBytes, 9), kB((v) => v.htmlBytes, 8), fixed(m((v) => v.jsFiles), 8, 0), kB((v) => v.jsWireBytes, 7), kB((v) => v.jsGzipBytes, 8), fixed(m((v) => v.fcpMs), 7, 0), spread.padStart(9), fixed(median(blank), 6, 0), fixed(m((v) => v.ttfbMs), 5, 0), fixed(m((v) => v.parsedMs), 6, 0)].join(' ')
		);
	}
	// traced apart from the runs above, because tracing slows the browser down
	const mainThreads: [string, MainThread | null][] = [];
	for (const { label, url, session } of toRun) {
		const traces: MainThread[] = [];
		for (let run = 0; run < Math.min(runs, 3); run++) await visit(browser, url, session, elsewhere, (main) => main && traces.push(main));
		mainThreads.push([label, traces.sort((a, b) => a.busyMs - b.busyMs)[Math.floor(traces.length / 2)] ?? null]);
	}
	console.log("\nThe page's renderer main thread from committing the navigation to first contentful paint (traced visits, the median of");
	console.log(`${Math.min(runs, 3)} by busy time): commit→FCP in wall ms; busy, its tasks' CPU ms in all, then by phase; other: the engine's own work.`);
	console.log(`${'page'.padEnd(34)} ${'commit→FCP'.padStart(10)} ${'busy'.padStart(6)} ${PHASES.map((p) => p.padStart(6)).join(' ')}`);
	for (const [label, main] of mainThreads) {
		if (!main) console.log(`${label.padEnd(34)} (no first paint in the trace)`);
		else console.log([label.padEnd(34), fixed(main.commitToPaintMs, 10, 0), fixed(main.busyMs, 6, 0), ...PHASES.map((p) => fixed(main[p], 6, 0))].join(' '));
	}
} finally {
	await browser.close();
	floor.close();
	await server.stop();
	rmSync(dir, { recursive: true, force: true });
}

/**
 * `npm run bench:pdf`: renders a large, fully answered DPIA (all sections, 15 risks, 30 measures,
 * 3 versions) 200 times per report and prints median and p95 milliseconds and memory. The budget
 * (issue 5): full report median < 400 ms, (G)MR report < 150 ms, and no memory growth over 200 renders,
 * which the heap after garbage collection at every 50th render shows. BENCH_RUNS overrides the 200.
 *
 * Then issue 18's DPIA at the forms' limits (150 risks, 50 measures each linked to every risk, every text
 * at its maximum): its full report's render time in this thread, and the built app (`npm run build` first)
 * with three of those reports (of the draft version 2, so each is a render) asked for at once while
 * /healthz and a questionnaire page are loaded: their p99; then the download of signed-off version 1,
 * whose report is the file kept at sign-off (budget: full report < 2 s, pages p99 < 100 ms). BENCH_BIG=0 leaves this part out; BENCH_PORT (4330)
 * and BENCH_SECONDS (30, how long the pages are loaded) set the rest.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { renderReportHere, reportSnapshotOf, type ReportKind } from '../src/lib/server/pdf';
import { reportFixture } from '../src/lib/server/pdf/testing/report-fixture';
import * as workflowRepo from '../src/lib/server/repo/workflow';
import { createTestDatabase } from '../src/lib/server/testing/db';
import { bigDpia, renderFigures, underLoad } from './bench/big-report';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 10;
const CHECKPOINT = 50;

// a heap figure only means something after a full collection; the script turns the collector's switch on
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const heapAfterGc = () => {
	gc();
	return process.memoryUsage().heapUsed;
};

async function bench(kind: ReportKind, render: () => Promise<Buffer>) {
	for (let i = 0; i < WARM_UP; i++) await render();
	const heap = [heapAfterGc()];
	const times: number[] = [];
	let peakRss = 0;
	let peakHeap = 0;
	let bytes = 0;
	const cpuStart = process.cpuUsage();
	for (let i = 1; i <= RUNS; i++) {
		const start = performance.now();
		bytes = (await render()).length;
		times.push(performance.now() - start);
		const usage = process.memoryUsage();
		peakRss = Math.max(peakRss, usage.rss);
		peakHeap = Math.max(peakHeap, usage.heapUsed);
		if (i % CHECKPOINT === 0) heap.push(heapAfterGc());
	}
	const cpu = process.cpuUsage(cpuStart);
	const sorted = [...times].sort((a, b) => a - b);
	console.log(
		`${kind.padEnd(4)} ${RUNS} renders of ${(bytes / 1024).toFixed(0)} KB: median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, ` +
			`CPU ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(1)} ms per render`
	);
	console.log(`     peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}; heap after GC every ${CHECKPOINT} renders: ${heap.map(mb).join(' → ')}`);
}

/** The DPIA is built in a throwaway database through the app's services; rendering needs only its snapshot. */
async function largeSnapshot() {
	const database = await createTestDatabase();
	try {
		const fx = await reportFixture(database.db, { risks: 15, measures: 30, versions: 3 });
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		return await reportSnapshotOf(database.db, version.id);
	} finally {
		await database.close();
	}
}

async function main() {
	const snapshot = await largeSnapshot();
	const sections = Object.keys(snapshot.answers).length;
	console.log(`DPIA: ${sections} answered sections, ${snapshot.risks.length} risks, ${snapshot.measures.length} measures, version ${snapshot.version.number} of ${snapshot.versions.length}, signed off`);
	console.log(`RSS before rendering (database closed): ${mb(process.memoryUsage().rss)}`);
	for (const kind of ['full', 'gmr'] as ReportKind[]) await bench(kind, () => renderReportHere(kind, snapshot, 'nl'));
	if (process.env.BENCH_BIG !== '0') await big();
}

async function big() {
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-bench-pdf-'));
	try {
		const started = performance.now();
		const dpia = await bigDpia(path.join(dir, 'data'));
		console.log(`\nDPIA at the forms' limits: ${dpia.snapshot.risks.length} risks, ${dpia.snapshot.measures.length} measures each linked to every risk (built and signed off in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
		const rows = await renderFigures(dpia.snapshot, 3);
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
		console.log(`full report rendered in this thread, 3 renders of ${(rows[0]!.bytes / 1024 / 1024).toFixed(1)} MB: median ${median(rows.map((r) => r.wallMs)).toFixed(0)} ms wall, ${median(rows.map((r) => r.cpuMs)).toFixed(0)} ms CPU (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
		const seconds = Number(process.env.BENCH_SECONDS ?? 30);
		const r = await underLoad(dpia, path.join(dir, 'data'), Number(process.env.BENCH_PORT ?? 4330), seconds);
		const line = (label: string, x: { p50: number; p99: number; requests: number; failures: number }) =>
			`  ${label.padEnd(34)} p50 ${x.p50.toFixed(1).padStart(7)} ms  p99 ${x.p99.toFixed(1).padStart(7)} ms  ${String(x.requests).padStart(6)} requests, ${x.failures} failed`;
		console.log(`built app, one connection per page (${seconds} s with three full reports of the draft asked for at once):`);
		console.log(line('/healthz, no reports', r.quiet[0]));
		console.log(line('questionnaire page, no reports', r.quiet[1]));
		console.log(line('/healthz, three reports', r.healthz));
		console.log(line('questionnaire page, three reports', r.questionnaire));
		for (const [i, x] of r.reports.entries()) console.log(`  draft report ${i + 1}: HTTP ${x.status}, ${(x.bytes / 1024 / 1024).toFixed(1)} MB in ${(x.ms / 1000).toFixed(1)} s${x.retryAfter ? ` (Retry-After ${x.retryAfter})` : ''}`);
		const signed = r.signed.map((x) => x.ms).sort((a, b) => a - b);
		console.log(`  signed-off version 1, its kept report (5 downloads, one at a time): HTTP ${r.signed[0]!.status}, ${(r.signed[0]!.bytes / 1024 / 1024).toFixed(1)} MB, median ${signed[2]!.toFixed(0)} ms, slowest ${signed[4]!.toFixed(0)} ms`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();

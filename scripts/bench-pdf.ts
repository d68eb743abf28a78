/**
 * `npm run bench:pdf`: renders a large, fully answered DPIA (all sections, 15 risks, 30 measures,
 * 3 versions) 200 times per report and prints median and p95 milliseconds and memory. The budget
 * (issue 5): full report median < 400 ms, (G)MR report < 150 ms, and no memory growth over 200 renders,
 * which the heap after garbage collection at every 50th render shows. BENCH_RUNS overrides the 200.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { renderReport, reportSnapshotOf, type ReportKind } from '../src/lib/server/pdf';
import { reportFixture } from '../src/lib/server/pdf/testing/report-fixture';
import * as workflowRepo from '../src/lib/server/repo/workflow';
import { createTestDatabase } from '../src/lib/server/testing/db';

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
	for (const kind of ['full', 'gmr'] as ReportKind[]) await bench(kind, () => renderReport(kind, snapshot, 'nl'));
}

await main();

/**
 * `npm run bench:pdf`: renders a large, fully answered DPIA (all sections, 15 risks, 30 measures,
 * 3 versions) 200 times per report and prints median and p95 milliseconds and peak memory. The budget
 * (issue 5): full report median < 400 ms, (G)MR report < 150 ms, and no memory growth over the run.
 */
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../src/lib/server/testing/db';
import { renderReport, reportSnapshotOf, type ReportKind } from '../src/lib/server/pdf';
import * as workflowRepo from '../src/lib/server/repo/workflow';
import { reportFixture } from '../src/lib/server/pdf/testing/report-fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 10;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

async function main() {
	const database = await createTestDatabase();
	try {
		const fx = await reportFixture(database.db, { risks: 15, measures: 30, versions: 3 });
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		const snapshot = await reportSnapshotOf(database.db, version.id);
		console.log(`DPIA: ${snapshot.risks.length} risks, ${snapshot.measures.length} measures, version ${snapshot.version.number} of ${snapshot.versions.length}`);
		for (const kind of ['full', 'gmr'] as ReportKind[]) {
			for (let i = 0; i < WARM_UP; i++) await renderReport(kind, snapshot, 'nl');
			gc?.();
			const heapStart = process.memoryUsage().heapUsed;
			const times: number[] = [];
			let peakRss = 0;
			let peakHeap = 0;
			let bytes = 0;
			for (let i = 0; i < RUNS; i++) {
				const start = performance.now();
				bytes = (await renderReport(kind, snapshot, 'nl')).length;
				times.push(performance.now() - start);
				const usage = process.memoryUsage();
				peakRss = Math.max(peakRss, usage.rss);
				peakHeap = Math.max(peakHeap, usage.heapUsed);
			}
			gc?.();
			const heapEnd = process.memoryUsage().heapUsed;
			const sorted = [...times].sort((a, b) => a - b);
			console.log(
				`${kind.padEnd(4)} ${RUNS} renders, ${(bytes / 1024).toFixed(0)} KB: median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms; ` +
					`peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}, heap after vs before${gc ? '' : ' (run with --expose-gc for exact figures)'}: ${mb(heapEnd)} vs ${mb(heapStart)}`
			);
		}
	} finally {
		await database.close();
	}
}

await main();

/**
 * `npm run bench:docx`: the Word edition of issue 18's DPIA at the forms' limits (150 risks, 50 measures
 * each linked to every risk, every text at its maximum), built in this thread three times: wall and CPU
 * time and size, beside the PDF of the same snapshot. The app builds DOCX files in the report pool
 * (src/lib/server/pdf/pool), like the PDFs, so these figures are how long one holds a worker, not the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderDocxHere } from '../src/lib/server/docx';
import { renderReportHere } from '../src/lib/server/pdf';
import { bigDpia } from './bench/big-report';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function figures(label: string, render: () => Promise<Buffer>) {
	const rows: { wall: number; cpu: number; bytes: number }[] = [];
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		const cpu = process.cpuUsage();
		const bytes = (await render()).length;
		const used = process.cpuUsage(cpu);
		rows.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000, bytes });
	}
	console.log(`${label.padEnd(22)} 3 renders of ${(rows[0]!.bytes / 1024 / 1024).toFixed(2)} MB: median ${median(rows.map((r) => r.wall)).toFixed(0)} ms wall, ${median(rows.map((r) => r.cpu)).toFixed(0)} ms CPU`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'dpia-bench-docx-'));
try {
	const { snapshot } = await bigDpia(path.join(dir, 'data'));
	console.log(`DPIA at the forms' limits: ${snapshot.risks.length} risks, ${snapshot.measures.length} measures`);
	for (const kind of ['full', 'gmr'] as const) {
		await figures(`${kind} DOCX`, () => renderDocxHere(kind, snapshot, 'nl'));
		await figures(`${kind} PDF`, () => renderReportHere(kind, snapshot, 'nl'));
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

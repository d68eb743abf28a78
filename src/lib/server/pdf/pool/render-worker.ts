import type { MessagePort } from 'node:worker_threads';
import type { ReportKind } from '../data/types';
import { renderDocxHere } from '../../docx';
import { renderReportHere } from '../render-report';
import type { ReportLanguage } from '../texts';

/** The worker's own file, for the pool: after the build, the chunk this module landed in. */
export const WORKER_URL = import.meta.url;

export interface RenderTask {
	kind: ReportKind;
	snapshot: unknown;
	lang: ReportLanguage;
	/** PDF, or the same report as an editable Word file. */
	format: ReportFormat;
	/** ISO time: a Date does not survive the trip to the worker as a Date. */
	now: string;
	maxBytes: number;
	/** Told when the render starts, so the time budget counts the render and not the wait in the queue. */
	started: MessagePort;
}

export type ReportFormat = 'pdf' | 'docx';

export type RenderResult = { ok: true; pdf: Uint8Array } | { ok: false; bytes: number };

/** One report in a worker thread; a file over the size budget is not sent back. (`pdf` names the bytes, whatever the format.) */
export default async function renderTask(task: RenderTask): Promise<RenderResult> {
	task.started.postMessage(null);
	task.started.close();
	const render = task.format === 'docx' ? renderDocxHere : renderReportHere;
	const pdf = await render(task.kind, task.snapshot, task.lang, new Date(task.now));
	if (pdf.length > task.maxBytes) return { ok: false, bytes: pdf.length };
	return { ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.length) };
}

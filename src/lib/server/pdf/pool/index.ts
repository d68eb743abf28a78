import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ReportKind } from '../data/types';
import type { ReportLanguage } from '../texts';
import { poolConfig, type PoolConfig } from './config';
import { ReportBudgetExceeded, ReportsBusy } from './errors';
import type { RenderResult, RenderTask, ReportFormat } from './render-worker';

export type { ReportFormat } from './render-worker';

export { ReportBudgetExceeded, ReportsBusy } from './errors';
export { poolConfig, type PoolConfig } from './config';

/** What a person waits before trying again: about one report's render on this kind of machine. */
const RETRY_AFTER_SECONDS = 10;

/** The worker file: the compiled chunk after the build, the TypeScript source through tsx otherwise. */
async function workerFile(): Promise<string> {
	const worker = await import('./render-worker');
	// naming the handler here keeps it exported from the chunk the build makes of this module
	if (typeof worker.default !== 'function') throw new Error('the report worker has no handler');
	return worker.WORKER_URL.endsWith('.ts') ? new URL('./tsx-worker.mjs', worker.WORKER_URL).href : worker.WORKER_URL;
}

/**
 * Reports are rendered in worker threads: pdfmake lays a document out synchronously, and in the server's
 * own thread one large report held up every page of every board. At most `workers` render at once and
 * `queue` wait; one more is refused at once (ReportsBusy), so a burst of downloads cannot pile up. A
 * render over its time budget has its worker ended (the pool starts a fresh one); a worker that runs
 * out of its heap ends alone, not the server.
 */
/**
 * A large report makes millions of short-lived objects; with V8's default young generation (16 MB) they
 * are scavenged so often that collection took a third of the render. A larger one, for report workers
 * only, cut a big report's CPU time by about a quarter (bench:pdf).
 */
const YOUNG_GENERATION_MB = 96;

export class ReportPool {
	readonly #piscina: Promise<Piscina>;
	#inFlight = 0;

	constructor(
		readonly config: PoolConfig,
		filename: Promise<string> = workerFile()
	) {
		this.#piscina = filename.then(
			(file) =>
				new Piscina({
					filename: file,
					minThreads: 0,
					maxThreads: config.workers,
					maxQueue: config.workers + config.queue,
					idleTimeout: 60_000,
					resourceLimits: { maxOldGenerationSizeMb: config.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
				})
		);
	}

	/** Reports rendering or waiting now. */
	get inFlight(): number {
		return this.#inFlight;
	}

	async render(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date(), format: ReportFormat = 'pdf'): Promise<Buffer> {
		if (this.#inFlight >= this.config.workers + this.config.queue) throw new ReportsBusy(RETRY_AFTER_SECONDS);
		this.#inFlight++;
		const { port1, port2 } = new MessageChannel();
		const stop = new AbortController();
		let timer: NodeJS.Timeout | undefined;
		port1.once('message', () => {
			timer = setTimeout(() => stop.abort(), this.config.timeoutMs);
		});
		try {
			const task: RenderTask = { kind, snapshot, lang, format, now: now.toISOString(), maxBytes: this.config.maxBytes, started: port2 };
			const result: RenderResult = await (await this.#piscina).run(task, { transferList: [port2], signal: stop.signal });
			if (!result.ok) throw new ReportBudgetExceeded('size', this.config.maxBytes);
			return Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.length);
		} catch (error) {
			if (stop.signal.aborted) throw new ReportBudgetExceeded('time', this.config.timeoutMs);
			if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ReportBudgetExceeded('memory', this.config.heapMb);
			throw error;
		} finally {
			clearTimeout(timer);
			port1.close();
			this.#inFlight--;
		}
	}

	async close(): Promise<void> {
		await (await this.#piscina).destroy();
	}
}

let shared: ReportPool | undefined;

/** The process's pool, made at the first report; its idle workers end after a minute and hold no exit. */
export function reportPool(): ReportPool {
	shared ??= new ReportPool(poolConfig());
	return shared;
}

/**
 * One report of one version as PDF bytes, rendered in the report pool: what the app, the command line
 * and sign-off use. The bytes are those `renderReportHere` makes in this thread.
 */
export function renderReport(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	return reportPool().render(kind, snapshot, lang, now);
}

/**
 * The same report as an editable Word file, in the same pool: building a large document and zipping it is
 * synchronous work too (see scripts/bench/big-report.ts), so it waits its turn and keeps the same budgets.
 */
export function renderDocx(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	return reportPool().render(kind, snapshot, lang, now, 'docx');
}

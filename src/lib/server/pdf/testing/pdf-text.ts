import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a poppler tool (poppler-utils, installed by .ci/run) on the PDF bytes. */
async function withFile<T>(pdf: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
	const dir = await mkdtemp(path.join(tmpdir(), 'dpia-pdf-'));
	try {
		const file = path.join(dir, 'report.pdf');
		await writeFile(file, pdf);
		return await use(file);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** The text of the PDF (or of pages `first`..`last`), whitespace collapsed so wrapped lines still match. */
export function pdfText(pdf: Uint8Array, pages: { first?: number; last?: number; raw?: boolean } = {}): Promise<string> {
	return withFile(pdf, async (file) => {
		const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : []), ...(pages.raw ? ['-raw'] : [])];
		const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { maxBuffer: 32 * 1024 * 1024 });
		return stdout.replace(/\s+/g, ' ');
	});
}

export function pdfPageCount(pdf: Uint8Array): Promise<number> {
	return withFile(pdf, async (file) => {
		const { stdout } = await run('pdfinfo', [file]);
		const pages = /^Pages:\s+(\d+)/m.exec(stdout);
		if (!pages) throw new Error('pdfinfo gave no page count');
		return Number(pages[1]);
	});
}

/**
 * Whether a diagonal watermark reads `word`. pdftotext gives rotated text letter by letter; in raw mode
 * (content order) the letters at least come in sequence.
 */
export async function hasWatermark(pdf: Uint8Array, word: string): Promise<boolean> {
	const text = await pdfText(pdf, { first: 1, last: 1, raw: true });
	return new RegExp(`(^| )${[...word].join(' ')}( |$)`).test(text);
}

import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from './measure';

export interface CompressionCost {
	label: string;
	bytes: number;
	brotliBytes: number;
	/** CPU (user + system) per compression of this page, in ms: what the server adds to each request for it. */
	brotliMs: number;
	gzipMs: number;
}

function cpuPerRun(times: number, work: () => unknown): number {
	const before = process.cpuUsage();
	for (let i = 0; i < times; i++) work();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / 1000 / times;
}

/**
 * The cost of compressing each page as the server does (brotli quality 4, gzip 6: src/lib/server/http/compress.ts),
 * measured on the page's own HTML in this process: CPU time, which a busy machine disturbs far less than the
 * difference of two load runs with and without Accept-Encoding.
 */
export async function compressionCost(pages: Page[], cookie: string, times = 200): Promise<CompressionCost[]> {
	const out: CompressionCost[] = [];
	for (const page of pages) {
		const res = await fetch(page.url, { headers: { ...(page.anonymous ? {} : { cookie }), 'accept-encoding': 'identity' } });
		const html = Buffer.from(await res.arrayBuffer());
		const brotli = () => brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
		out.push({ label: page.label, bytes: html.length, brotliBytes: brotli().length, brotliMs: cpuPerRun(times, brotli), gzipMs: cpuPerRun(times, () => gzipSync(html, { level: 6 })) });
	}
	return out;
}

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { compress, encodeStream, negotiate } from './compress';

const page = `<!doctype html><html><body>${'<p>Verwerking van leerlinggegevens</p>'.repeat(200)}</body></html>`;

function answer(body: BodyInit | null, headers: Record<string, string>, status = 200): Response {
	return new Response(body, { status, headers });
}

async function handled(response: Response, request: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
	const event = { request: new Request('http://localhost/o/a', { method: request.method ?? 'GET', headers: request.headers }) } as RequestEvent;
	return compress({ event, resolve: async () => response });
}

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('negotiate', () => {
	it('prefers brotli, takes gzip when brotli is not offered, and nothing when neither is', () => {
		expect(negotiate('gzip, deflate, br, zstd')).toBe('br');
		expect(negotiate('gzip, deflate')).toBe('gzip');
		expect(negotiate('deflate')).toBeNull();
		expect(negotiate(null)).toBeNull();
		expect(negotiate('identity')).toBeNull();
	});

	it('follows q-values: a refused coding is not used, a higher weight wins, * covers the rest', () => {
		expect(negotiate('br;q=0, gzip')).toBe('gzip');
		expect(negotiate('br;q=0.5, gzip;q=0.9')).toBe('gzip');
		expect(negotiate('*')).toBe('br');
		expect(negotiate('*;q=0')).toBeNull();
		expect(negotiate('gzip;q=0, *')).toBe('br');
	});
});

describe('encodeStream', () => {
	it('gives bytes that decode to what went in, chunk after chunk', async () => {
		const chunks = ['<html><body>', 'eerste deel '.repeat(50), 'tweede deel '.repeat(50), '</body></html>'];
		const source = () =>
			new ReadableStream<Uint8Array>({
				start(controller) {
					for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
					controller.close();
				}
			});
		const brotli = await bytes(new Response(encodeStream(source(), 'br')));
		const gzip = await bytes(new Response(encodeStream(source(), 'gzip')));
		expect(brotliDecompressSync(brotli).toString()).toBe(chunks.join(''));
		expect(gunzipSync(gzip).toString()).toBe(chunks.join(''));
	});
});

describe('encodeStream, when the reader goes away', () => {
	it('drops the rest of what zlib still flushes instead of throwing outside every handler', async () => {
		// random bytes do not compress: one write makes zlib emit many chunks, after the reader has gone
		const noise = new Uint8Array(4 * 1024 * 1024).map(() => Math.floor(Math.random() * 256));
		const uncaught: unknown[] = [];
		const record = (error: unknown) => uncaught.push(error);
		process.on('uncaughtException', record);
		try {
			for (const encoding of ['gzip', 'br'] as const) {
				const source = new ReadableStream<Uint8Array>({
					start(controller) {
						controller.enqueue(noise);
						controller.close();
					}
				});
				const reader = encodeStream(source, encoding).getReader();
				const first = await reader.read();
				expect(first.value?.byteLength).toBeGreaterThan(0);
				await reader.cancel();
				await new Promise((resolve) => setTimeout(resolve, 300));
			}
			expect(uncaught).toEqual([]);
		} finally {
			process.off('uncaughtException', record);
		}
	});
});

describe('compress', () => {
	it('encodes an HTML page as asked, without a length, with Vary and an ETag of its own', async () => {
		const response = await handled(answer(page, { 'content-type': 'text/html', 'content-length': String(page.length), etag: '"abc"' }), { headers: { 'accept-encoding': 'gzip, br' } });
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('content-length')).toBeNull();
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		expect(response.headers.get('etag')).toBe('"abc-br"');
		const body = await bytes(response);
		expect(body.length).toBeLessThan(page.length / 10);
		expect(brotliDecompressSync(body).toString()).toBe(page);
	});

	it('sends gzip to a client that only takes gzip', async () => {
		const response = await handled(answer(page, { 'content-type': 'application/json' }), { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(await bytes(response)).toString()).toBe(page);
	});

	it('leaves the page as it is for a client that asks for no encoding, still saying it varies', async () => {
		const response = await handled(answer(page, { 'content-type': 'text/html; charset=utf-8', vary: 'Cookie' }));
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		expect((await bytes(response)).toString()).toBe(page);
	});

	it('leaves PDFs, already encoded bodies, small bodies, HEAD and 304 alone', async () => {
		const asked = { headers: { 'accept-encoding': 'br, gzip' } };
		const pdf = await handled(answer(new TextEncoder().encode(`%PDF-1.7 ${page}`), { 'content-type': 'application/pdf' }), asked);
		expect(pdf.headers.get('content-encoding')).toBeNull();
		expect((await bytes(pdf)).toString().startsWith('%PDF-')).toBe(true);
		const encoded = await handled(answer(page, { 'content-type': 'text/html', 'content-encoding': 'gzip' }), asked);
		expect(encoded.headers.get('content-encoding')).toBe('gzip');
		expect((await bytes(encoded)).toString()).toBe(page);
		const small = await handled(answer('{"ok":true}', { 'content-type': 'application/json', 'content-length': '11' }), asked);
		expect(small.headers.get('content-encoding')).toBeNull();
		const head = await handled(answer(null, { 'content-type': 'text/html' }), { ...asked, method: 'HEAD' });
		expect(head.headers.get('content-encoding')).toBeNull();
		const notModified = await handled(answer(null, { etag: '"abc"' }, 304), asked);
		expect(notModified.status).toBe(304);
		expect(notModified.headers.get('content-encoding')).toBeNull();
	});

	it('does not spend the encoding on an answer SvelteKit turns into 304 after the handles', async () => {
		const response = await handled(answer(page, { 'content-type': 'text/html', etag: '"abc"' }), { headers: { 'accept-encoding': 'br', 'if-none-match': 'W/"abc-br"' } });
		expect(response.headers.get('etag')).toBe('"abc-br"');
		expect((await bytes(response)).toString()).toBe(page);
	});
});

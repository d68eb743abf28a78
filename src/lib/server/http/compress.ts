import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';
import type { Handle } from '@sveltejs/kit';

export type Encoding = 'br' | 'gzip';

/**
 * Below this a compressed answer saves less than a TCP packet while still costing the zlib set-up.
 * Answers without a Content-Length (streamed) are compressed whatever their size.
 */
const MIN_BYTES = 1024;

/** Text types: what SvelteKit renders (HTML, JSON), what endpoints send (iCal, CSV, SVG). PDFs and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json|x-www-form-urlencoded)|image\/svg\+xml)/i;

/**
 * The encoding the request accepts that we prefer (brotli over gzip), or null for none. Follows RFC 9110
 * §12.5.3: q=0 refuses, `*` stands for every coding not named.
 */
export function negotiate(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const weights = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		weights.set(name.trim(), q === undefined ? 1 : Number(q));
	}
	const weight = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0;
	const [best] = (['br', 'gzip'] as const).filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a));
	return best ?? null;
}

/** Whether this answer's body may be encoded at all (the encoding chosen or not). */
function compressible(method: string, response: Response): boolean {
	if (method === 'HEAD' || !response.body || response.status < 200 || response.status === 204 || response.status === 304) return false;
	if (response.headers.has('content-encoding')) return false;
	if (/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '')) return false;
	return COMPRESSIBLE.test(response.headers.get('content-type') ?? '');
}

/**
 * Brotli quality 4 costs about what gzip -6 does and saves a tenth more; the higher qualities are for files
 * compressed once at build time (adapter-node's precompress), not for every page.
 */
function encoder(encoding: Encoding): BrotliCompress | Gzip {
	if (encoding === 'gzip') return createGzip({ level: 6 });
	return createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
}

/**
 * The body encoded chunk by chunk. Each chunk SvelteKit hands over is flushed through, so a page that streams
 * (awaited promises in a load) still reaches the browser piece by piece; a rendered page is one chunk.
 */
export function encodeStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> {
	const zlib = encoder(encoding);
	const flushKind = encoding === 'gzip' ? constants.Z_SYNC_FLUSH : constants.BROTLI_OPERATION_FLUSH;
	let failed: Error | null = null;
	zlib.on('error', (error) => (failed = error));
	return body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			start(controller) {
				zlib.on('data', (chunk: Buffer) => {
					// a reader that went away (a navigation or a cancelled fetch) closes the stream while zlib still
					// flushes; a throw in this event handler would end the whole process, so the rest is dropped
					try {
						controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
					} catch {
						zlib.destroy();
					}
				});
			},
			transform(chunk) {
				return new Promise<void>((resolve, reject) => {
					zlib.write(chunk);
					zlib.flush(flushKind, () => (failed ? reject(failed) : resolve()));
				});
			},
			flush() {
				return new Promise<void>((resolve, reject) => {
					zlib.once('end', resolve);
					zlib.once('error', reject);
					zlib.end();
				});
			}
		})
	);
}

/** The entity tag of the encoded body: a strong tag names one exact byte sequence (RFC 9110 §8.8.3). */
function encodedEtag(etag: string, encoding: Encoding): string {
	return etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

function appendVary(headers: Headers, name: string): void {
	const vary = headers.get('vary');
	if (!vary) headers.set('vary', name);
	else if (!vary.split(',').some((v) => v.trim().toLowerCase() === name.toLowerCase() || v.trim() === '*')) headers.set('vary', `${vary}, ${name}`);
}

/**
 * Compresses text answers as the browser's Accept-Encoding asks, in the app itself, so a school that runs
 * the server without a reverse proxy gets small pages too. adapter-node serves the built JS and CSS
 * precompressed before any handle runs; this covers what is rendered per request.
 */
export const compress: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!compressible(event.request.method, response)) return response;
	const length = response.headers.get('content-length');
	const encoding = negotiate(event.request.headers.get('accept-encoding'));
	const headers = new Headers(response.headers);
	appendVary(headers, 'Accept-Encoding');
	if (!encoding || (length !== null && Number(length) < MIN_BYTES)) return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	const etag = headers.get('etag');
	if (etag) headers.set('etag', encodedEtag(etag, encoding));
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	// SvelteKit answers 304 after the handles when If-None-Match names this tag: the body is then never read.
	const notModified = etag !== null && event.request.headers.get('if-none-match')?.replace(/^W\//, '') === headers.get('etag');
	const body = notModified ? response.body : encodeStream(response.body!, encoding);
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
};

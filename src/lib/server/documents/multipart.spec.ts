import { describe, expect, it } from 'vitest';
import { multipartBoundary, multipartParts, MultipartError } from './multipart';

/** A form encoded by the platform's own FormData serialiser, as a browser or fetch sends it. */
async function encoded(form: FormData) {
	const response = new Response(form);
	const boundary = multipartBoundary(response.headers.get('content-type'))!;
	return { boundary, body: Buffer.from(await response.arrayBuffer()) };
}

/** The body handed on in pieces of `size` bytes, as a network splits it (boundaries fall across pieces). */
function streamOf(body: Uint8Array, size: number): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(controller) {
			if (at >= body.length) return controller.close();
			controller.enqueue(body.slice(at, at + size));
			at += size;
		}
	});
}

async function read(body: Uint8Array, boundary: string, size: number) {
	const out: { name: string; value?: string; fileName?: string; bytes?: Buffer }[] = [];
	for await (const part of multipartParts(streamOf(body, size), boundary)) {
		if (part.kind === 'text') out.push({ name: part.name, value: part.value });
		else {
			const pieces: Uint8Array[] = [];
			for await (const piece of part.data) pieces.push(piece);
			out.push({ name: part.name, fileName: part.fileName, bytes: Buffer.concat(pieces) });
		}
	}
	return out;
}

describe('multipart reader', () => {
	const content = Buffer.alloc(100_000);
	for (let i = 0; i < content.length; i++) content[i] = (i * 31) % 256;
	// bytes that look like the start of a boundary inside the file
	content.write('\r\n--', 5000, 'latin1');

	it.each([1, 7, 64, 4096, 65536])('reads fields and a file byte-identical in pieces of %i bytes', async (size) => {
		const form = new FormData();
		form.set('kind', 'agreement');
		form.set('toelichting', 'één "quote"\r\nregel');
		form.set('file', new Blob([content]), 'Verwerkers\u00ADovereenkomst "v2".pdf');
		form.set('after', 'x');
		const { boundary, body } = await encoded(form);
		const parts = await read(body, boundary, size);
		expect(parts.map((p) => p.name)).toEqual(['kind', 'toelichting', 'file', 'after']);
		expect(parts[0]!.value).toBe('agreement');
		expect(parts[1]!.value).toBe('één "quote"\r\nregel');
		expect(parts[2]!.fileName).toBe('Verwerkers\u00ADovereenkomst %22v2%22.pdf');
		expect(parts[2]!.bytes!.equals(content)).toBe(true);
		expect(parts[3]!.value).toBe('x');
	});

	it('skips a file part its reader left unread, and an empty file field has an empty name', async () => {
		const form = new FormData();
		form.set('file', new Blob([content]), 'a.pdf');
		form.set('kind', 'other');
		const { boundary, body } = await encoded(form);
		// a browser sends a file field left empty with an empty name
		const empty = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="leeg"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`);
		const seen: string[] = [];
		for await (const part of multipartParts(streamOf(Buffer.concat([empty, body]), 1000), boundary)) seen.push(part.kind === 'text' ? `${part.name}=${part.value}` : `${part.name}:${part.fileName}`);
		expect(seen).toEqual(['leeg:', 'file:a.pdf', 'kind=other']);
	});

	it('refuses a body cut off, one without its boundary, too many parts and too long a field', async () => {
		const form = new FormData();
		form.set('kind', 'x'.repeat(100));
		form.set('file', new Blob([content]), 'a.pdf');
		const { boundary, body } = await encoded(form);
		const failure = (bytes: Uint8Array, limits?: { parts: number; textBytes: number }) =>
			(async () => {
				for await (const part of multipartParts(streamOf(bytes, 999), boundary, limits)) if (part.kind === 'file') for await (const _ of part.data);
			})().then(
				() => 'read',
				(e: unknown) => (e instanceof MultipartError ? e.message : String(e))
			);
		expect(await failure(body.subarray(0, body.length - 200))).toMatch(/ends inside/);
		expect(await failure(Buffer.from('zomaar wat tekst zonder grens erin, lang genoeg om een grens te kunnen bevatten, maar die er niet in staat'))).toMatch(/boundary/);
		expect(await failure(body, { parts: 1, textBytes: 1000 })).toMatch(/too many/);
		expect(await failure(body, { parts: 5, textBytes: 50 })).toMatch(/too long/);
	});

	it('finds the boundary of a form post only', () => {
		expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
		expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
		expect(multipartBoundary('application/x-www-form-urlencoded')).toBeNull();
		expect(multipartBoundary(null)).toBeNull();
	});
});

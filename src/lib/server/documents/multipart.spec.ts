import { describe, expect, it } from 'vitest';
import { FileTooLarge, isMultipartForm, multipartParts, MultipartError, type MultipartLimits } from './multipart';

/** A form encoded by the platform's own FormData serialiser, as a browser or fetch sends it. */
async function encoded(form: FormData) {
	const response = new Response(form);
	return { contentType: response.headers.get('content-type')!, body: Buffer.from(await response.arrayBuffer()) };
}

/** What a body stream saw of its reader: how far it was read, whether to its end, whether it was cancelled. */
interface Seen {
	pulled: number;
	ended: boolean;
	cancelled: boolean;
}

/** The body handed on in pieces of `size` bytes, as a network splits it (boundaries fall across pieces). */
function streamOf(body: Uint8Array, size: number, seen: Seen = { pulled: 0, ended: false, cancelled: false }, failAt = Infinity): ReadableStream<Uint8Array> {
	return new ReadableStream(
		{
			pull(controller) {
				if (seen.pulled >= failAt) return controller.error(Object.assign(new Error('body limit'), { status: 413 }));
				if (seen.pulled >= body.length) {
					seen.ended = true;
					return controller.close();
				}
				controller.enqueue(body.slice(seen.pulled, seen.pulled + size));
				seen.pulled += size;
			},
			cancel() {
				seen.cancelled = true;
			}
		},
		{ highWaterMark: 0 }
	);
}

async function read(body: Uint8Array, contentType: string, size: number) {
	const out: { name: string; value?: string; fileName?: string; bytes?: Buffer }[] = [];
	for await (const part of multipartParts(streamOf(body, size), contentType)) {
		if (part.kind === 'text') out.push({ name: part.name, value: part.value });
		else {
			const pieces: Uint8Array[] = [];
			for await (const piece of part.data) pieces.push(piece);
			out.push({ name: part.name, fileName: part.fileName, bytes: Buffer.concat(pieces) });
		}
	}
	return out;
}

/** The outcome of reading every part and every file: 'read', or the refusal's class and message. */
function outcome(body: Uint8Array, contentType: string, limits?: MultipartLimits, seen?: Seen, failAt?: number) {
	return (async () => {
		for await (const part of multipartParts(streamOf(body, 999, seen, failAt), contentType, limits)) if (part.kind === 'file') for await (const _ of part.data);
	})().then(
		() => 'read',
		(e: unknown) => `${(e as Error).constructor.name}: ${(e as Error).message}`
	);
}

const content = Buffer.alloc(100_000);
for (let i = 0; i < content.length; i++) content[i] = (i * 31) % 256;

describe('multipart reader', () => {
	it.each([1, 7, 64, 4096, 65536])('reads fields and a file byte-identical in pieces of %i bytes', async (size) => {
		const file = Buffer.from(content);
		const form = new FormData();
		form.set('kind', 'agreement');
		form.set('toelichting', 'één "quote"\r\nregel');
		form.set('file', new Blob([file]), 'placeholder');
		form.set('after', 'x');
		const { contentType, body } = await encoded(form);
		// bytes that look like a boundary inside the file: the whole delimiter but the last byte, and a line end
		const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
		const at = body.indexOf(file.subarray(0, 64));
		body.write(`\r\n--${boundary.slice(0, -1)}`, at + 5000, 'latin1');
		file.write(`\r\n--${boundary.slice(0, -1)}`, 5000, 'latin1');
		// the name as a browser sends it: UTF-8 bytes, a quote escaped as %22
		const named = Buffer.concat([body.subarray(0, body.indexOf('placeholder')), Buffer.from('Verwerkers\u00ADovereenkomst %22v2%22.pdf'), body.subarray(body.indexOf('placeholder') + 11)]);
		const parts = await read(named, contentType, size);
		expect(parts.map((p) => p.name)).toEqual(['kind', 'toelichting', 'file', 'after']);
		expect(parts[0]!.value).toBe('agreement');
		expect(parts[1]!.value).toBe('één "quote"\r\nregel');
		expect(parts[2]!.fileName).toBe('Verwerkers\u00ADovereenkomst %22v2%22.pdf');
		expect(parts[2]!.bytes!.equals(file)).toBe(true);
		expect(parts[3]!.value).toBe('x');
	});

	it('reads the body no faster than the file is read: a paused reader holds the upload back', async () => {
		const big = Buffer.alloc(8 * 1024 * 1024, 7);
		const form = new FormData();
		form.set('file', new Blob([big]), 'groot.pdf');
		const { contentType, body } = await encoded(form);
		const seen: Seen = { pulled: 0, ended: false, cancelled: false };
		const parts = multipartParts(streamOf(body, 16 * 1024, seen), contentType, { parts: 5, textBytes: 100, fileBytes: 10 * 1024 * 1024 });
		const { value: part } = await parts.next();
		if (part?.kind !== 'file') throw new Error('expected the file');
		const pieces = part.data[Symbol.asyncIterator]();
		let got = (await pieces.next()).value!.byteLength;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(seen.pulled).toBeLessThan(1024 * 1024);
		for (let next = await pieces.next(); !next.done; next = await pieces.next()) got += next.value.byteLength;
		expect(got).toBe(big.length);
		expect((await parts.next()).done).toBe(true);
		expect(seen.ended).toBe(true);
	});

	it('skips a file part its reader left unread, and an empty file field has an empty name', async () => {
		const form = new FormData();
		form.set('file', new Blob([content]), 'a.pdf');
		form.set('kind', 'other');
		const { contentType, body } = await encoded(form);
		const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
		// a browser sends a file field left empty with an empty name
		const empty = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="leeg"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`);
		const seen: string[] = [];
		for await (const part of multipartParts(streamOf(Buffer.concat([empty, body]), 1000), contentType)) seen.push(part.kind === 'text' ? `${part.name}=${part.value}` : `${part.name}:${part.fileName}`);
		expect(seen).toEqual(['leeg:', 'file:a.pdf', 'kind=other']);
	});

	it('refuses a body cut off, one without its boundary and a part without a name', async () => {
		const form = new FormData();
		form.set('kind', 'x');
		form.set('file', new Blob([content]), 'a.pdf');
		const { contentType, body } = await encoded(form);
		const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
		expect(await outcome(body.subarray(0, body.length - 200), contentType)).toMatch(/^MultipartError: /);
		expect(await outcome(body.subarray(0, 100), contentType)).toMatch(/^MultipartError: /);
		expect(await outcome(Buffer.from('zomaar wat tekst zonder grens erin'), contentType)).toMatch(/^MultipartError: /);
		expect(await outcome(Buffer.alloc(0), contentType)).toMatch(/^MultipartError: /);
		const nameless = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; filename="a.pdf"\r\n\r\nabc\r\n--${boundary}--\r\n`);
		expect(await outcome(nameless, contentType)).toBe('MultipartError: a part without a field name');
		expect(await outcome(body, 'multipart/form-data; charset=utf-8')).toMatch(/^MultipartError: /);
	});

	it('holds to the limits: parts, text bytes and file bytes, each allowed up to and including the limit', async () => {
		const form = new FormData();
		form.set('kind', 'x'.repeat(50));
		form.set('file', new Blob([content]), 'a.pdf');
		const { contentType, body } = await encoded(form);
		expect(await outcome(body, contentType, { parts: 2, textBytes: 50, fileBytes: content.length })).toBe('read');
		expect(await outcome(body, contentType, { parts: 1, textBytes: 50, fileBytes: content.length })).toBe('MultipartError: too many fields in the form');
		expect(await outcome(body, contentType, { parts: 2, textBytes: 49, fileBytes: content.length })).toBe('MultipartError: a field is too long');
		expect(await outcome(body, contentType, { parts: 2, textBytes: 50, fileBytes: content.length - 1 })).toBe('FileTooLarge: the file is too large');
	});

	it('passes an error of the body itself on as it is, also in the middle of a file', async () => {
		const form = new FormData();
		form.set('file', new Blob([content]), 'a.pdf');
		const { contentType, body } = await encoded(form);
		const error = await multipartParts(streamOf(body, 999, undefined, 50_000), contentType)
			.next()
			.then(async ({ value }) => {
				if (value?.kind === 'file') for await (const _ of value.data);
			})
			.catch((e: unknown) => e);
		expect(error).toMatchObject({ status: 413 });
		expect(error).not.toBeInstanceOf(MultipartError);
	});

	it('reads the rest of the body after a refusal or an early stop, so the browser gets the answer', async () => {
		const form = new FormData();
		form.set('kind', 'x'.repeat(100));
		form.set('file', new Blob([content]), 'a.pdf');
		const { contentType, body } = await encoded(form);
		const refused: Seen = { pulled: 0, ended: false, cancelled: false };
		expect(await outcome(body, contentType, { parts: 5, textBytes: 10, fileBytes: content.length }, refused)).toBe('MultipartError: a field is too long');
		expect(refused).toMatchObject({ ended: true, cancelled: false });
		const stopped: Seen = { pulled: 0, ended: false, cancelled: false };
		for await (const part of multipartParts(streamOf(body, 999, stopped), contentType)) if (part.kind === 'file') break;
		expect(stopped).toMatchObject({ ended: true, cancelled: false });
	});

	it('knows a form post with files by its content type', () => {
		expect(isMultipartForm('multipart/form-data; boundary=----abc')).toBe(true);
		expect(isMultipartForm('Multipart/Form-Data ; boundary="a b"')).toBe(true);
		expect(isMultipartForm('application/x-www-form-urlencoded')).toBe(false);
		expect(isMultipartForm(null)).toBe(false);
	});
});

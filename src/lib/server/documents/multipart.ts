/**
 * A multipart/form-data body read as it arrives (RFC 7578). `request.formData()` holds the whole body and
 * then the whole file in memory before the action sees a byte; here a file's bytes are handed on piece by
 * piece while the browser is still sending, and only the small text fields are kept.
 */

export class MultipartError extends Error {}

export interface TextPart {
	kind: 'text';
	name: string;
	value: string;
}

export interface FilePart {
	kind: 'file';
	name: string;
	/** The name the browser sent, unchecked (the caller makes it safe). */
	fileName: string;
	/** The bytes, in the pieces they arrived in. Read it before asking for the next part, or it is skipped. */
	data: AsyncIterable<Uint8Array>;
}

export interface MultipartLimits {
	/** The most parts a form may have. */
	parts: number;
	/** The longest text field, in bytes. */
	textBytes: number;
}

const DEFAULT_LIMITS: MultipartLimits = { parts: 20, textBytes: 64 * 1024 };
const MAX_HEADER_BYTES = 8 * 1024;
/** What is read and dropped after a refusal; the server's BODY_SIZE_LIMIT (scripts/serve.js) ends bodies sooner. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data content type, or null for anything else. */
export function multipartBoundary(contentType: string | null): string | null {
	if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
	const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
	return match?.[1] ?? match?.[2] ?? null;
}

/** A parameter of a Content-Disposition header: quoted (browsers escape `"` as %22, some as \") or a token. */
function dispositionParam(header: string, key: string): string | null {
	const match = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
	if (!match) return null;
	return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? '');
}

/** Reads a body stream with a small look-ahead buffer; never more than one arriving piece plus a boundary. */
class Bytes {
	#reader: ReadableStreamDefaultReader<Uint8Array>;
	buffer: Buffer = Buffer.alloc(0);
	ended = false;

	constructor(body: ReadableStream<Uint8Array>) {
		this.#reader = body.getReader();
	}

	/** Appends the next piece of the body; false at its end. */
	async more(): Promise<boolean> {
		if (this.ended) return false;
		const { done, value } = await this.#reader.read();
		if (done) {
			this.ended = true;
			return false;
		}
		const piece = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
		this.buffer = this.buffer.length ? Buffer.concat([this.buffer, piece]) : piece;
		return true;
	}

	/** Waits until `n` bytes are buffered; false when the body ends first. */
	async need(n: number): Promise<boolean> {
		while (this.buffer.length < n) if (!(await this.more())) return false;
		return true;
	}

	take(n: number): Buffer {
		const taken = this.buffer.subarray(0, n);
		this.buffer = this.buffer.subarray(n);
		return taken;
	}

	/**
	 * Reads the rest of the body and drops it, so the browser, still sending, gets the answer: cancelling
	 * the stream would close the connection under it. Past `max` bytes it is cancelled all the same.
	 */
	async drain(max: number): Promise<void> {
		let dropped = 0;
		try {
			while (!this.ended && dropped <= max) {
				const { done, value } = await this.#reader.read();
				if (done) this.ended = true;
				else dropped += value.byteLength;
			}
		} catch {
			// the body failed (dropped connection, the server's body limit): nothing left to read
			return;
		}
		if (!this.ended) await this.#reader.cancel().catch(() => {});
	}
}

/**
 * The parts of a multipart body, in order. Text fields are whole strings; a file part's bytes stream.
 * A malformed body, too many parts or too long a field throws `MultipartError`; an error of the body
 * stream itself (the connection dropped, the server's body limit) is thrown as it is.
 */
export async function* multipartParts(body: ReadableStream<Uint8Array>, boundary: string, limits: MultipartLimits = DEFAULT_LIMITS): AsyncGenerator<TextPart | FilePart> {
	const bytes = new Bytes(body);
	const delimiter = Buffer.from(`\r\n--${boundary}`);
	try {
		// The body starts with the first boundary line (its CRLF is optional there).
		if (!(await bytes.need(delimiter.length))) throw new MultipartError('the form is empty');
		const first = bytes.buffer.indexOf(delimiter.subarray(2));
		if (first < 0) throw new MultipartError('no boundary in the form');
		bytes.take(first + delimiter.length - 2);
		let count = 0;
		for (;;) {
			if (!(await bytes.need(2))) throw new MultipartError('the form ends without its closing boundary');
			if (bytes.buffer.subarray(0, 2).toString() === '--') return;
			if (!bytes.buffer.subarray(0, 2).equals(CRLF)) throw new MultipartError('a boundary is not followed by a line end');
			bytes.take(2);
			if (++count > limits.parts) throw new MultipartError('too many fields in the form');
			const headers = await readHeaders(bytes);
			const disposition = headers.get('content-disposition') ?? '';
			const name = dispositionParam(disposition, 'name');
			if (name === null) throw new MultipartError('a part without a field name');
			const fileName = dispositionParam(disposition, 'filename');
			const data = partData(bytes, delimiter);
			if (fileName === null) {
				yield { kind: 'text', name, value: await collectText(data, limits.textBytes) };
				continue;
			}
			let finished = false;
			const tracked = (async function* () {
				yield* data;
				finished = true;
			})();
			yield { kind: 'file', name, fileName, data: tracked };
			// What the caller did not read is skipped, so the next part starts where it should.
			if (!finished) for await (const _ of tracked);
		}
	} finally {
		await bytes.drain(MAX_DRAIN_BYTES);
	}
}

async function readHeaders(bytes: Bytes): Promise<Map<string, string>> {
	let end = bytes.buffer.indexOf(HEADERS_END);
	while (end < 0) {
		if (bytes.buffer.length > MAX_HEADER_BYTES) throw new MultipartError('a part\u2019s headers are too long');
		if (!(await bytes.more())) throw new MultipartError('the form ends inside a part\u2019s headers');
		end = bytes.buffer.indexOf(HEADERS_END);
	}
	if (end > MAX_HEADER_BYTES) throw new MultipartError('a part\u2019s headers are too long');
	const lines = bytes.take(end).toString('utf8').split('\r\n');
	bytes.take(HEADERS_END.length);
	const headers = new Map<string, string>();
	for (const line of lines) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return headers;
}

/** A part's bytes up to the next boundary, handed on as they arrive; the boundary itself is consumed. */
async function* partData(bytes: Bytes, delimiter: Buffer): AsyncGenerator<Uint8Array> {
	for (;;) {
		const at = bytes.buffer.indexOf(delimiter);
		if (at >= 0) {
			if (at > 0) yield bytes.take(at);
			bytes.take(delimiter.length);
			return;
		}
		// Keep what could be the start of a boundary split across two pieces.
		const safe = bytes.buffer.length - (delimiter.length - 1);
		if (safe > 0) yield bytes.take(safe);
		if (!(await bytes.more())) throw new MultipartError('the form ends inside a field');
	}
}

async function collectText(data: AsyncIterable<Uint8Array>, max: number): Promise<string> {
	const pieces: Uint8Array[] = [];
	let size = 0;
	for await (const piece of data) {
		size += piece.byteLength;
		if (size > max) throw new MultipartError('a field is too long');
		pieces.push(piece);
	}
	return Buffer.concat(pieces).toString('utf8');
}

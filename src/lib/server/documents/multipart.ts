/**
 * A multipart/form-data body read as it arrives. `request.formData()` holds the whole body and then the
 * whole file in memory before the action sees a byte; here busboy parses the body as it streams in, a
 * file's bytes are handed on piece by piece while the browser is still sending, and only the small text
 * fields are kept. This file is the glue: busboy's events as an ordered sequence of parts, its refusals as
 * `MultipartError`, and the rest of the body read after a refusal.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

export class MultipartError extends Error {}

/** A file over `MultipartLimits.fileBytes`: its bytes stop there and the rest of the part is skipped. */
export class FileTooLarge extends MultipartError {}

export interface TextPart {
	kind: 'text';
	name: string;
	value: string;
}

export interface FilePart {
	kind: 'file';
	name: string;
	/** The name the browser sent without its folders, otherwise unchecked (the caller makes it safe). */
	fileName: string;
	/** The bytes, in the pieces they arrived in. Read it before asking for the next part, or it is skipped. */
	data: AsyncIterable<Uint8Array>;
}

export interface MultipartLimits {
	/** The most parts a form may have. */
	parts: number;
	/** The longest text field, in bytes. */
	textBytes: number;
	/** The largest file, in bytes. */
	fileBytes: number;
}

const DEFAULT_LIMITS: MultipartLimits = { parts: 20, textBytes: 64 * 1024, fileBytes: 64 * 1024 * 1024 };
/** What is read and dropped after a refusal; the server's BODY_SIZE_LIMIT (scripts/serve.js) ends bodies sooner. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/** Whether a request's content type is a form post with files (busboy reads the boundary from it). */
export const isMultipartForm = (contentType: string | null): contentType is string => /^multipart\/form-data\s*;/i.test(contentType ?? '');

type Step = { part: TextPart | FilePart } | { error: unknown } | { end: true };

/**
 * The parts of a multipart body, in order. Text fields are whole strings; a file part's bytes stream, and
 * the body is read no faster than they are. A malformed body, too many parts, too long a field or too
 * large a file throws `MultipartError`; an error of the body stream itself (the connection dropped, the
 * server's body limit) is thrown as it is.
 */
export async function* multipartParts(body: ReadableStream<Uint8Array>, contentType: string, limits: MultipartLimits = DEFAULT_LIMITS): AsyncGenerator<TextPart | FilePart> {
	const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
	let sourceError: unknown;
	/** busboy's own errors are refusals of the form; the body's errors pass as they are. */
	const refusal = (error: unknown) => (error === sourceError || error instanceof MultipartError ? error : new MultipartError(error instanceof Error ? error.message : String(error)));

	const steps: Step[] = [];
	let wake: (() => void) | null = null;
	const push = (step: Step) => {
		steps.push(step);
		wake?.();
		wake = null;
	};
	let count = 0;
	const add = (part: TextPart | FilePart) => {
		// Counted here, so the part past the limit is refused before anyone sees it.
		if (++count > limits.parts) push({ error: new MultipartError('too many fields in the form') });
		else push({ part });
	};

	let parser: busboy.Busboy;
	try {
		// A field of exactly the limit is allowed: busboy marks one that reaches its limit as truncated.
		parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { parts: limits.parts + 1, fieldSize: limits.textBytes + 1, fileSize: limits.fileBytes + 1 } });
	} catch (error) {
		source.destroy();
		throw refusal(error);
	}
	parser.on('field', (name, value, info) => {
		if (!name) push({ error: new MultipartError('a part without a field name') });
		else if (info.valueTruncated) push({ error: new MultipartError('a field is too long') });
		else add({ kind: 'text', name, value });
	});
	parser.on('file', (name, stream, info) => {
		if (!name) {
			stream.resume();
			push({ error: new MultipartError('a part without a field name') });
		} else add({ kind: 'file', name, fileName: info.filename ?? '', data: fileData(stream, refusal) });
	});
	// Kept for good: after a refusal busboy may still report, and an unheard 'error' would end the process.
	parser.on('error', (error) => push({ error: refusal(error) }));
	parser.on('close', () => push({ end: true }));
	source.on('error', (error) => {
		sourceError = error;
		// busboy passes it to the file being read, which would otherwise wait for bytes that never come
		parser.destroy(error);
	});
	source.pipe(parser);

	let previous: FilePart | undefined;
	try {
		for (;;) {
			// What the caller did not read of the previous file is skipped, so busboy goes on to the next part.
			if (previous) (previous.data as FileData).skip();
			previous = undefined;
			while (steps.length === 0) await new Promise<void>((resolve) => (wake = resolve));
			const step = steps.shift()!;
			if ('end' in step) return;
			if ('error' in step) throw step.error;
			if (step.part.kind === 'file') previous = step.part;
			yield step.part;
		}
	} finally {
		source.unpipe(parser);
		await drain(source);
	}
}

type FileData = AsyncIterable<Uint8Array> & { skip(): void };

/**
 * A file's stream as pieces. It is never destroyed, only read or resumed: busboy waits for a file's stream
 * to be read before it parses further, and for it to end before it ends.
 */
function fileData(stream: Readable & { truncated?: boolean }, refusal: (error: unknown) => unknown): FileData {
	return {
		async *[Symbol.asyncIterator]() {
			try {
				for await (const piece of stream.iterator({ destroyOnReturn: false })) {
					yield piece as Buffer;
					if (stream.truncated) throw new FileTooLarge('the file is too large');
				}
			} catch (error) {
				throw refusal(error);
			}
			if (stream.truncated) throw new FileTooLarge('the file is too large');
		},
		skip: () => void stream.resume()
	};
}

/**
 * Reads the rest of the body and drops it, so the browser, still sending, gets the answer: cancelling the
 * stream would close the connection under it. Past `MAX_DRAIN_BYTES` it is cancelled all the same.
 */
async function drain(source: Readable): Promise<void> {
	let dropped = 0;
	try {
		for await (const piece of source) {
			dropped += (piece as Uint8Array).byteLength;
			if (dropped > MAX_DRAIN_BYTES) break;
		}
	} catch {
		// the body failed (dropped connection, the server's body limit): nothing left to read
	}
}

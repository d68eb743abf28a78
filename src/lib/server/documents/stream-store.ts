import { createHash } from 'node:crypto';
import { sizeRefusal, MAX_DOCUMENT_BYTES } from '$lib/domain/documents';
import type { Db } from '../db';
import * as chunks from '../repo/document-chunks';
import { detectType, DocumentRefused, type DetectedType } from './detect';

/**
 * The size of a stored piece. Each is one insert or one select, and PGlite runs one query at a time: a
 * page's queries wait for at most one piece between each other. In bench:documents (20 MB on PGlite),
 * 64 kB against 256 kB halved the register page's median during the upload (75 against 157 ms) and the
 * server's peak memory growth (53 against 97 MB), for an upload about a tenth slower.
 */
export const DOCUMENT_CHUNK_BYTES = 64 * 1024;

/** An upload as it arrives: the multipart reader's file part, or a `File` (`uploadOf`). */
export interface UploadSource {
	/** The name the browser sent, unchecked. */
	fileName: string;
	data: AsyncIterable<Uint8Array>;
}

export async function* readFile(file: Blob): AsyncGenerator<Uint8Array> {
	const reader = file.stream().getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		yield value;
	}
}

export const uploadOf = (file: File): UploadSource => ({ fileName: file.name, data: readFile(file) });

export interface StoredFile extends DetectedType {
	fileId: string;
	sha256: string;
	size: number;
	rawName: string;
}

/**
 * Writes an upload chunk by chunk as it arrives, hashing as it goes: memory holds one chunk, not the file.
 * The type is decided on the first chunk, so a refused type stops the upload there. The file row stays
 * without its facts (and without a document pointing at it) until the caller's transaction completes
 * it; a refusal or a broken-off upload removes what was written, so nothing partial remains.
 */
export async function storeUpload(db: Db, organisationId: string, source: UploadSource): Promise<StoredFile> {
	const fileId = await chunks.startFile(db, organisationId);
	try {
		const hash = createHash('sha256');
		let size = 0;
		let seq = 0;
		let detected: DetectedType | undefined;
		let pending: Uint8Array[] = [];
		let pendingBytes = 0;
		const flush = async () => {
			const chunk = Buffer.concat(pending, pendingBytes);
			pending = [];
			pendingBytes = 0;
			detected ??= await detectType(chunk);
			await chunks.insertChunk(db, fileId, seq++, chunk);
		};
		for await (const piece of source.data) {
			size += piece.byteLength;
			if (size > MAX_DOCUMENT_BYTES) throw new DocumentRefused('too_large');
			hash.update(piece);
			for (let at = 0; at < piece.byteLength; ) {
				const take = Math.min(DOCUMENT_CHUNK_BYTES - pendingBytes, piece.byteLength - at);
				pending.push(piece.subarray(at, at + take));
				pendingBytes += take;
				at += take;
				if (pendingBytes === DOCUMENT_CHUNK_BYTES) await flush();
			}
		}
		const bySize = sizeRefusal(size);
		if (bySize) throw new DocumentRefused(bySize);
		if (pendingBytes > 0) await flush();
		return { fileId, sha256: hash.digest('hex'), size, rawName: source.fileName, ...detected! };
	} catch (error) {
		await chunks.dropFile(db, fileId);
		throw error;
	}
}

/**
 * A stored file as a stream, one chunk read per pull: the response sends a chunk before the next is read,
 * so a slow client holds one chunk in memory. A file from before chunking comes in one piece.
 */
export function fileStream(db: Db, fileId: string): ReadableStream<Uint8Array> {
	let seq = 0;
	let first = true;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				if (first) {
					first = false;
					const legacy = await chunks.legacyContent(db, fileId);
					if (legacy) {
						controller.enqueue(legacy);
						controller.close();
						return;
					}
				}
				const next = await chunks.chunk(db, fileId, seq++);
				if (!next) return controller.close();
				controller.enqueue(next);
			}
		},
		{ highWaterMark: 0 }
	);
}

import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { documentChunks, documentFiles } from '../db/schema';

/*
 * The bytes cross the driver as base64 text, turned into bytea by PostgreSQL itself: PGlite encodes and
 * parses a bytea parameter or column byte by byte in JavaScript (24 s to write 20 MB, 9 s to read it in
 * bench:documents), while Node's and PostgreSQL's base64 take a fraction of a second either way.
 */
const asBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** A file row for an upload about to stream in; it gets its facts when complete (`completeFile`). */
export async function startFile(db: Db | Tx, organisationId: string): Promise<string> {
	const [row] = await db.insert(documentFiles).values({ organisationId, sha256: '', size: 0, contentType: '' }).returning({ id: documentFiles.id });
	return row!.id;
}

export async function insertChunk(db: Db | Tx, fileId: string, seq: number, data: Uint8Array): Promise<void> {
	await db.insert(documentChunks).values({ fileId, seq, data: sql`decode(${asBase64(data)}, 'base64')` });
}

export async function completeFile(db: Db | Tx, fileId: string, facts: { sha256: string; size: number; contentType: string }): Promise<void> {
	await db.update(documentFiles).set(facts).where(eq(documentFiles.id, fileId));
}

/** Removes a file and its chunks (an upload refused or broken off half-way). */
export async function dropFile(db: Db | Tx, fileId: string): Promise<void> {
	await db.delete(documentFiles).where(eq(documentFiles.id, fileId));
}

/**
 * Chunk number `seq` (they are numbered 0, 1, 2 … without gaps), or undefined past the last one. Asked by
 * its key, not as "the next after": with an order-by and limit the plan may encode every later chunk.
 */
export async function chunk(db: Db | Tx, fileId: string, seq: number): Promise<Buffer | undefined> {
	const [row] = await db
		.select({ data: sql<string>`encode(${documentChunks.data}, 'base64')` })
		.from(documentChunks)
		.where(and(eq(documentChunks.fileId, fileId), eq(documentChunks.seq, seq)));
	return row ? Buffer.from(row.data, 'base64') : undefined;
}

/** The bytes of a file stored before chunking, in one piece; undefined for a chunked file. */
export async function legacyContent(db: Db | Tx, fileId: string): Promise<Buffer | undefined> {
	const [row] = await db.select({ content: sql<string | null>`encode(${documentFiles.content}, 'base64')` }).from(documentFiles).where(eq(documentFiles.id, fileId));
	return row?.content ? Buffer.from(row.content, 'base64') : undefined;
}

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { comments, commentThreads } from '../db/schema';
import { one } from './rows';

export type Thread = typeof commentThreads.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type ThreadWithComments = Thread & { comments: Comment[] };

/** The threads of a version, optionally of one section, each with its comments oldest first. */
export async function list(db: Db | Tx, versionId: string, sectionId?: string): Promise<ThreadWithComments[]> {
	const where = sectionId
		? and(eq(commentThreads.versionId, versionId), eq(commentThreads.sectionId, sectionId))
		: eq(commentThreads.versionId, versionId);
	const threads = await db.select().from(commentThreads).where(where).orderBy(asc(commentThreads.createdAt));
	if (threads.length === 0) return [];
	const all = await db
		.select()
		.from(comments)
		.where(inArray(comments.threadId, threads.map((t) => t.id)))
		.orderBy(asc(comments.createdAt), asc(comments.id));
	return threads.map((t) => ({ ...t, comments: all.filter((c) => c.threadId === t.id) }));
}

export async function read(db: Db | Tx, versionId: string, threadId: string): Promise<Thread | null> {
	const [row] = await db.select().from(commentThreads).where(and(eq(commentThreads.versionId, versionId), eq(commentThreads.id, threadId)));
	return row ?? null;
}

/** The thread of a question: one per question and version. */
export async function ofQuestion(db: Db | Tx, versionId: string, questionId: string): Promise<Thread | null> {
	const [row] = await db
		.select()
		.from(commentThreads)
		.where(and(eq(commentThreads.versionId, versionId), eq(commentThreads.questionId, questionId)))
		.orderBy(desc(commentThreads.createdAt))
		.limit(1);
	return row ?? null;
}

export async function createThread(db: Db | Tx, versionId: string, sectionId: string, questionId: string): Promise<Thread> {
	return one(await db.insert(commentThreads).values({ versionId, sectionId, questionId }).returning());
}

export async function addComment(db: Db | Tx, threadId: string, author: { id: string | null; name: string }, body: string): Promise<Comment> {
	return one(await db.insert(comments).values({ threadId, authorId: author.id, authorName: author.name, body }).returning());
}

/** Marks a thread resolved (by whom, now) or open again (`by` null). */
export async function setResolved(db: Db | Tx, threadId: string, by: { userId: string | null } | null): Promise<Thread> {
	const values = by ? { resolvedAt: new Date(), resolvedBy: by.userId } : { resolvedAt: null, resolvedBy: null };
	return one(await db.update(commentThreads).set(values).where(eq(commentThreads.id, threadId)).returning());
}

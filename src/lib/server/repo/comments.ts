import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, comments, commentThreads, processings } from '../db/schema';
import { isCurrentVersion } from './workflow';
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

/** Open (unresolved) threads of a version per section. */
export async function openCountsBySection(db: Db | Tx, versionId: string): Promise<Record<string, number>> {
	const rows = await db
		.select({ sectionId: commentThreads.sectionId, n: count() })
		.from(commentThreads)
		.where(and(eq(commentThreads.versionId, versionId), isNull(commentThreads.resolvedAt)))
		.groupBy(commentThreads.sectionId);
	return Object.fromEntries(rows.map((r) => [r.sectionId, Number(r.n)]));
}

/**
 * DPIAs of the organisation whose current version has open threads waiting for someone other than
 * `userId`'s last word: the last comment was written by someone else. Those are the questions put to
 * this person (an FG's question to the editors, an editor's answer back to the FG).
 */
export async function awaitingReply(db: Db | Tx, organisationId: string, userId: string) {
	const lastAuthor = sql`(select ${comments.authorId} from ${comments} where ${comments.threadId} = ${commentThreads.id} order by ${comments.createdAt} desc, ${comments.id} desc limit 1)`;
	const rows = await db
		.select({ assessmentId: assessments.id, name: processings.name, n: count() })
		.from(commentThreads)
		.innerJoin(assessmentVersions, eq(assessmentVersions.id, commentThreads.versionId))
		.innerJoin(assessments, isCurrentVersion)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(and(eq(assessments.organisationId, organisationId), isNull(commentThreads.resolvedAt), sql`${lastAuthor} is distinct from ${userId}`))
		.groupBy(assessments.id, processings.name)
		.orderBy(asc(processings.name));
	return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

import { questionById } from '$lib/domain/questionnaire/api';
import { recordAudit } from '../audit';
import type { Db } from '../db';
import * as commentRepo from '../repo/comments';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';
import { notifyComment } from '../mail/workflow-events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Adds a comment to the question's thread, opening the thread on the first comment. A comment on a
 * resolved thread reopens it: the discussion is evidently not over.
 */
export async function addComment(db: Db, scope: Scope, assessmentId: string, input: { questionId: string; body: string }) {
	const question = questionById(input.questionId);
	if (!question) throw new NotFound('question');
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		let thread = await commentRepo.ofQuestion(tx, version.id, question.id);
		thread ??= await commentRepo.createThread(tx, version.id, question.sectionId, question.id);
		if (thread.resolvedAt) thread = await commentRepo.setResolved(tx, thread.id, null);
		const comment = await commentRepo.addComment(tx, thread.id, { id: scope.actor.userId, name: scope.actor.label }, input.body);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: 'create',
			entity: 'comment',
			entityId: comment.id,
			after: { questionId: question.id, threadId: thread.id, body: comment.body }
		});
		await notifyComment(tx, scope, { assessmentId: assessment.id, commentId: comment.id, sectionId: question.sectionId });
		return { thread, comment };
	});
}

/** Resolves a thread, or reopens it; both are part of the record of how the DPIA came about. */
export async function setThreadResolved(db: Db, scope: Scope, assessmentId: string, threadId: string, resolved: boolean) {
	if (!UUID.test(threadId)) throw new NotFound('thread');
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const before = await commentRepo.read(tx, version.id, threadId);
		if (!before) throw new NotFound('thread');
		if (Boolean(before.resolvedAt) === resolved) return before;
		const after = await commentRepo.setResolved(tx, threadId, resolved ? { userId: scope.actor.userId } : null);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: resolved ? 'resolve' : 'reopen',
			entity: 'comment_thread',
			entityId: threadId,
			before: { questionId: before.questionId, resolvedAt: before.resolvedAt },
			after: { questionId: after.questionId, resolvedAt: after.resolvedAt }
		});
		return after;
	});
}

/** Open threads per section of a version: the counts beside the sections and on the DPIA's overview. */
export async function openCommentCounts(db: Db, versionId: string): Promise<Record<string, number>> {
	return commentRepo.openCountsBySection(db, versionId);
}

/** The DPIAs with open questions put to this person (the last word in the thread is someone else's). */
export async function commentsAwaitingReply(db: Db, scope: Scope) {
	if (!scope.actor.userId) return [];
	return commentRepo.awaitingReply(db, scope.organisationId, scope.actor.userId);
}

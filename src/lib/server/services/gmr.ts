import { and, desc, eq } from 'drizzle-orm';
import type { GmrResponse } from '$lib/domain/workflow/decisions';
import { recordAudit } from '../audit';
import type { Db } from '../db';
import { assessments, assessmentVersions, gmrShares, processings, transitions } from '../db/schema';
import { NotFound, type Scope } from './scope';
import { loadVersionData, type VersionData } from './version-data';

/** The share transition stores its snapshot with the same timestamp as the share row (one transaction). */
export const SHARE_ACTION = 'share_gmr';

export async function listShared(db: Db, organisationId: string) {
	return db
		.select({
			id: gmrShares.id,
			sharedOn: gmrShares.sharedOn,
			responseKind: gmrShares.responseKind,
			respondedOn: gmrShares.respondedOn,
			versionNumber: assessmentVersions.number,
			assessmentId: assessments.id,
			name: processings.name
		})
		.from(gmrShares)
		.innerJoin(assessmentVersions, eq(assessmentVersions.id, gmrShares.versionId))
		.innerJoin(assessments, eq(assessments.id, assessmentVersions.assessmentId))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(eq(assessmentVersions.organisationId, organisationId))
		.orderBy(desc(gmrShares.sharedOn), desc(gmrShares.createdAt));
}

async function shareOf(db: Db, organisationId: string, shareId: string) {
	const [row] = await db
		.select({ share: gmrShares, version: assessmentVersions })
		.from(gmrShares)
		.innerJoin(assessmentVersions, eq(assessmentVersions.id, gmrShares.versionId))
		.where(and(eq(gmrShares.id, shareId), eq(assessmentVersions.organisationId, organisationId)));
	if (!row) throw new NotFound('share');
	return row;
}

/**
 * What the council sees: the version as it was when it was shared, not as it may look today; and when the
 * board will look at the DPIA again (set at sign-off, so it is today's date, as the report prints it).
 */
export async function readShared(
	db: Db,
	organisationId: string,
	shareId: string
): Promise<{ share: typeof gmrShares.$inferSelect; data: VersionData; reviewDueOn: string | null }> {
	const { share, version } = await shareOf(db, organisationId, shareId);
	const [assessment] = await db.select({ reviewDueOn: assessments.reviewDueOn }).from(assessments).where(eq(assessments.id, version.assessmentId));
	const [snapshot] = await db
		.select({ snapshot: transitions.snapshot })
		.from(transitions)
		.where(and(eq(transitions.versionId, share.versionId), eq(transitions.action, SHARE_ACTION), eq(transitions.createdAt, share.createdAt)));
	const data = (snapshot?.snapshot as VersionData | null | undefined) ?? (await loadVersionData(db, share.versionId));
	return { share, data, reviewDueOn: assessment?.reviewDueOn ?? null };
}

export async function recordGmrResponse(
	db: Db,
	scope: Scope,
	shareId: string,
	input: { kind: GmrResponse; text: string; respondedOn: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ share: gmrShares, assessmentId: assessmentVersions.assessmentId })
			.from(gmrShares)
			.innerJoin(assessmentVersions, eq(assessmentVersions.id, gmrShares.versionId))
			.where(and(eq(gmrShares.id, shareId), eq(assessmentVersions.organisationId, scope.organisationId)));
		if (!row) throw new NotFound('share');
		const after = { responseKind: input.kind, responseText: input.text, respondedOn: input.respondedOn, respondedBy: scope.actor.userId };
		await tx.update(gmrShares).set(after).where(eq(gmrShares.id, shareId));
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: row.assessmentId,
			actor: scope.actor,
			action: 'gmr_response',
			entity: 'gmr_share',
			entityId: shareId,
			before: { responseKind: row.share.responseKind, responseText: row.share.responseText, respondedOn: row.share.respondedOn },
			after
		});
	});
}

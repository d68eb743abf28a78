import { asc, eq } from 'drizzle-orm';
import type { State } from '$lib/domain/workflow/states';
import type { Tx } from '../db';
import { assessments, assessmentVersions, sectionAnswers } from '../db/schema';
import * as documentRepo from '../repo/documents';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { one } from '../repo/rows';
import { copyModelBasis } from './model-copy';

/**
 * A significant change (Art. 35(11) AVG) re-opens the DPIA as version N+1: a copy of the answers, risks,
 * measures and their links, and the question documents (new rows on the same files), in concept. The previous version stays frozen as the record of what was
 * decided; workflow records (advice, decision, shares) belong to it and are not copied.
 */
export async function copyVersion(
	tx: Tx,
	input: { assessmentId: string; organisationId: string; fromVersionId: string; number: number; reason: string; createdBy: string | null; status: State }
) {
	const version = one(
		await tx
			.insert(assessmentVersions)
			.values({
				assessmentId: input.assessmentId,
				organisationId: input.organisationId,
				number: input.number,
				status: input.status,
				reason: input.reason,
				createdBy: input.createdBy
			})
			.returning()
	);
	const answers = await tx.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, input.fromVersionId)).orderBy(asc(sectionAnswers.sectionId));
	for (const a of answers) {
		await tx.insert(sectionAnswers).values({ versionId: version.id, sectionId: a.sectionId, answers: a.answers, updatedBy: a.updatedBy });
	}
	const riskIds = new Map<string, string>();
	for (const { id, versionId: _v, createdAt: _c, updatedAt: _u, revision: _r, position: _p, ...risk } of await riskRepo.list(tx, input.fromVersionId)) {
		riskIds.set(id, (await riskRepo.create(tx, version.id, risk)).id);
	}
	const measureIds = new Map<string, string>();
	for (const { id, versionId: _v, createdAt: _c, updatedAt: _u, revision: _r, position: _p, riskIds: linked, ...measure } of await measureRepo.list(
		tx,
		input.fromVersionId
	)) {
		measureIds.set(id, (await measureRepo.create(tx, version.id, measure, linked.map((old) => riskIds.get(old)!).filter(Boolean))).id);
	}
	await documentRepo.copyToVersion(tx, input.fromVersionId, version.id);
	await copyModelBasis(tx, input.fromVersionId, version.id, riskIds, measureIds);
	await tx
		.update(assessments)
		.set({ currentVersion: input.number, status: input.status, updatedAt: new Date() })
		.where(eq(assessments.id, input.assessmentId));
	return version;
}

import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, measures, processings } from '../db/schema';
import { isCurrentVersion } from './workflow';

/**
 * Every measure of the current version of every DPIA of one board, with the processing it belongs to;
 * per DPIA in register order (position, then creation), so the numbers M1, M2 … are those the app shows.
 */
export function boardMeasures(db: Db | Tx, organisationId: string) {
	return db
		.select({
			assessmentId: assessments.id,
			processing: processings.name,
			title: measures.title,
			type: measures.type,
			owner: measures.owner,
			dueOn: measures.dueOn,
			status: measures.status
		})
		.from(measures)
		.innerJoin(assessmentVersions, eq(assessmentVersions.id, measures.versionId))
		.innerJoin(assessments, isCurrentVersion)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(eq(assessments.organisationId, organisationId))
		.orderBy(asc(sql`lower(${processings.name})`), asc(processings.id), asc(measures.position), asc(measures.createdAt));
}

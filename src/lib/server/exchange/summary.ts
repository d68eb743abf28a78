import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, processings } from '../db/schema';

export interface AssessmentSummary {
	id: string;
	processing: { id: string; name: string; vendor: string };
	status: string;
	currentVersion: number;
	highestResidualLevel: string | null;
	decidedOn: string | null;
	reviewDueOn: string | null;
	updatedAt: string;
}

/** One page of the organisation's DPIAs, by processing name, for `GET /api/v1/assessments`. */
export async function listSummaries(
	db: Db,
	organisationId: string,
	page: { offset: number; limit: number }
): Promise<{ total: number; items: AssessmentSummary[] }> {
	const [totalRow] = await db.select({ n: count() }).from(assessments).where(eq(assessments.organisationId, organisationId));
	const rows = await db
		.select({ assessment: assessments, processing: processings })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(eq(assessments.organisationId, organisationId))
		.orderBy(asc(processings.name), asc(assessments.id))
		.offset(page.offset)
		.limit(page.limit);
	return {
		total: totalRow?.n ?? 0,
		items: rows.map(({ assessment: a, processing: p }) => ({
			id: a.id,
			processing: { id: p.id, name: p.name, vendor: p.vendor },
			status: a.status,
			currentVersion: a.currentVersion,
			highestResidualLevel: a.highestResidualLevel,
			decidedOn: a.decidedOn,
			reviewDueOn: a.reviewDueOn,
			updatedAt: a.updatedAt.toISOString()
		}))
	};
}

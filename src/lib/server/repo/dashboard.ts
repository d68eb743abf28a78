import { and, asc, count, eq, gte, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { preparedQuery } from '../db/prepared';
import { assessments, assessmentVersions, measures, processings } from '../db/schema';
import { shownStatusSql } from './register';
import { one } from './rows';
import { isCurrentVersion } from './workflow';

/** How many items each dashboard list shows; the count says how many there are in all. */
export const DASHBOARD_LIST_SIZE = 10;

/** By the state each DPIA is shown with on `today` (an overdue review counts as review due). */
export async function countsByStatus(db: Db | Tx, organisationId: string, today: string) {
	const query = preparedQuery(db, 'dashboard_counts_by_status', () =>
		db
			.select({ status: shownStatusSql, n: count() })
			.from(assessments)
			.innerJoin(processings, eq(processings.id, assessments.processingId))
			.where(eq(assessments.organisationId, sql.placeholder('organisationId')))
			// by position: the expression's placeholder would be a second, different parameter
			.groupBy(sql`1`)
			.prepare('dashboard_counts_by_status')
	);
	return query.execute({ organisationId, today });
}

export async function countsByResidualLevel(db: Db | Tx, organisationId: string) {
	return db
		.select({ level: assessments.highestResidualLevel, n: count() })
		.from(assessments)
		.where(eq(assessments.organisationId, organisationId))
		.groupBy(assessments.highestResidualLevel);
}

export async function processingCounts(db: Db | Tx, organisationId: string) {
	const [all, withoutDpia] = await Promise.all([
		db.select({ n: count() }).from(processings).where(eq(processings.organisationId, organisationId)),
		db
			.select({ n: count() })
			.from(processings)
			.leftJoin(assessments, eq(assessments.processingId, processings.id))
			.where(and(eq(processings.organisationId, organisationId), isNull(assessments.id)))
	]);
	return { all: one(all).n, withoutDpia: one(withoutDpia).n };
}

/** DPIAs whose review date is on or after `from`, on or before `to`, or before `before` (each optional), earliest first. */
export async function reviewsBetween(db: Db | Tx, organisationId: string, range: { from?: string; to?: string; before?: string }) {
	const where = and(
		eq(assessments.organisationId, organisationId),
		range.from ? gte(assessments.reviewDueOn, range.from) : undefined,
		range.to ? lte(assessments.reviewDueOn, range.to) : undefined,
		range.before ? lt(assessments.reviewDueOn, range.before) : undefined
	);
	const [rows, total] = await Promise.all([
		db
			.select({ assessmentId: assessments.id, name: processings.name, reviewDueOn: assessments.reviewDueOn })
			.from(assessments)
			.innerJoin(processings, eq(processings.id, assessments.processingId))
			.where(where)
			.orderBy(asc(assessments.reviewDueOn), asc(processings.name))
			.limit(DASHBOARD_LIST_SIZE),
		db.select({ n: count() }).from(assessments).where(where)
	]);
	return { rows, total: one(total).n };
}

/** Open measures of the DPIAs' current versions whose due date has passed, the longest overdue first. */
export async function overdueMeasures(db: Db | Tx, organisationId: string, today: string) {
	const where = and(eq(assessments.organisationId, organisationId), ne(measures.status, 'done'), lt(measures.dueOn, today));
	const [rows, total] = await Promise.all([
		db
			.select({ id: measures.id, title: measures.title, owner: measures.owner, dueOn: measures.dueOn, assessmentId: assessments.id, name: processings.name })
			.from(measures)
			.innerJoin(assessmentVersions, eq(assessmentVersions.id, measures.versionId))
			.innerJoin(assessments, isCurrentVersion)
			.innerJoin(processings, eq(processings.id, assessments.processingId))
			.where(where)
			.orderBy(asc(measures.dueOn), asc(measures.title))
			.limit(DASHBOARD_LIST_SIZE),
		db
			.select({ n: count() })
			.from(measures)
			.innerJoin(assessmentVersions, eq(assessmentVersions.id, measures.versionId))
			.innerJoin(assessments, isCurrentVersion)
			.where(where)
	]);
	return { rows, total: one(total).n };
}

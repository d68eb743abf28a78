import { and, asc, count, eq, ilike, isNull, sql, type SQL } from 'drizzle-orm';
import { escapeLike, NO_DPIA, type StatusFilter } from '$lib/domain/register-query';
import type { RiskLevel } from '$lib/domain/risk/matrix';
import type { Db, Tx } from '../db';
import { preparedQuery } from '../db/prepared';
import { unionAll } from 'drizzle-orm/pg-core';
import { assessments, assessmentVersions, dpiaModels, measures, processings, processingSchools, schools, suppliers } from '../db/schema';
import { builtOnModelSql, modelOfRowSql, modelUpdatedSql } from './model-review';
import { one } from './rows';
import { isCurrentVersion } from './workflow';

export interface RegisterFilter {
	search: string;
	schoolId: string | null;
	supplierId: string | null;
	modelId: string | null;
	status: StatusFilter | null;
	level: RiskLevel | null;
}

/**
 * The state a DPIA is shown with, in SQL, so the register's filter and the dashboard's counts say what the
 * rows say: one in force is due for review when its date has passed (`today` is the query's placeholder),
 * when its supplier's chain changed since (a significant change, spec §6.3; cleared at the next sign-off),
 * or when the board's library holds a newer version of the model DPIA it builds on (issue 20; cleared by
 * adopting it). Needs `processings` and `assessments` in the query.
 */
export const shownStatusSql = sql<string>`case when ${assessments.status} = 'in_force' and (${assessments.reviewDueOn} < ${sql.placeholder('today')} or ${processings.supplierChange} is not null or ${modelUpdatedSql}) then 'review_due' else ${assessments.status} end`;

/** Which filters are on: each combination is one query, built once and from then on only run. */
function shapeOf(filter: RegisterFilter) {
	return {
		search: Boolean(filter.search),
		school: Boolean(filter.schoolId),
		supplier: Boolean(filter.supplierId),
		model: Boolean(filter.modelId),
		status: filter.status === NO_DPIA ? 'none' : filter.status ? 'is' : 'any',
		level: Boolean(filter.level)
	} as const;
}
type Shape = ReturnType<typeof shapeOf>;

function registerWhere(shape: Shape): SQL | undefined {
	return and(
		eq(processings.organisationId, sql.placeholder('organisationId')),
		shape.search ? ilike(processings.name, sql.placeholder('pattern')) : undefined,
		shape.school
			? sql`exists (select 1 from ${processingSchools} where ${processingSchools.processingId} = ${processings.id} and ${processingSchools.schoolId} = ${sql.placeholder('schoolId')})`
			: undefined,
		shape.supplier ? eq(processings.supplierId, sql.placeholder('supplierId')) : undefined,
		shape.model ? builtOnModelSql : undefined,
		shape.status === 'none' ? isNull(assessments.id) : shape.status === 'is' ? sql`${shownStatusSql} = ${sql.placeholder('status')}` : undefined,
		shape.level ? eq(assessments.highestResidualLevel, sql.placeholder('level')) : undefined
	);
}

/**
 * The register's queries for one combination of filters. The page is read in index order and stops
 * after `limit` rows; the total is a subquery of its own that PostgreSQL runs once (a window count would
 * join and sort every row of the board first), and it needs no join unless a filter is on the DPIA
 * (PostgreSQL drops the unused left join to the unique processing_id). Each row's overdue measures and
 * school ids are subqueries too, worked out after the limit for the page's rows only, so the cost does not
 * grow with the register. `count` alone is for a page past the end, which has no row to carry the total.
 */
function registerQueries(db: Db | Tx, shape: Shape) {
	const key = `register:${shape.search}:${shape.school}:${shape.supplier}:${shape.model}:${shape.status}:${shape.level}`;
	return preparedQuery(db, key, () => {
		const where = registerWhere(shape);
		const counted = db.select({ total: count() }).from(processings).leftJoin(assessments, eq(assessments.processingId, processings.id)).where(where);
		const page = db
			.select({
				id: processings.id,
				name: processings.name,
				vendor: processings.vendor,
				prescanOutcome: processings.prescanOutcome,
				archivedAt: processings.archivedAt,
				assessmentId: assessments.id,
				status: assessments.status,
				highestResidualLevel: assessments.highestResidualLevel,
				reviewDueOn: assessments.reviewDueOn,
				decidedOn: assessments.decidedOn,
				supplierChanged: sql<boolean>`${processings.supplierChange} is not null`,
				model: modelOfRowSql,
				modelUpdated: modelUpdatedSql,
				overdueMeasures: sql<number>`(select count(*)::int from ${measures} join ${assessmentVersions} on ${assessmentVersions.id} = ${measures.versionId} where ${isCurrentVersion} and ${measures.status} <> 'done' and ${measures.dueOn} < ${sql.placeholder('today')})`,
				schoolIds: sql<string[]>`array(select ${processingSchools.schoolId} from ${processingSchools} where ${processingSchools.processingId} = ${processings.id})`,
				total: sql<number>`(${counted})`.mapWith(Number)
			})
			.from(processings)
			.leftJoin(assessments, eq(assessments.processingId, processings.id))
			.where(where)
			.orderBy(asc(sql`lower(${processings.name})`), asc(processings.id))
			.limit(sql.placeholder('limit'))
			.offset(sql.placeholder('offset'));
		return { count: counted.prepare(`${key}:count`), page: page.prepare(`${key}:page`) };
	});
}

/**
 * One page of the register of an organisation, alphabetical (case-insensitive, matching the index
 * `processings_register_order_idx`), with the total for the pager. Rows name their schools by id: the
 * caller has the board's schools anyway (as a subquery per row, joining `schools` made the planner hash
 * that small table again for every row: 3 ms of a 4 ms page on PGlite).
 */
export async function list(db: Db | Tx, organisationId: string, filter: RegisterFilter, page: { limit: number; offset: number }, today: string) {
	const queries = registerQueries(db, shapeOf(filter));
	const values = {
		organisationId,
		pattern: `%${escapeLike(filter.search)}%`,
		schoolId: filter.schoolId,
		supplierId: filter.supplierId,
		modelId: filter.modelId,
		status: filter.status,
		level: filter.level,
		today,
		...page
	};
	const found = await queries.page.execute(values);
	const rows = found.map(({ total: _, ...row }) => row);
	if (found[0]) return { total: found[0].total, rows };
	return { total: page.offset ? one(await queries.count.execute(values)).total : 0, rows };
}

/**
 * What the register's filters offer, in one query: every school of the board, closed ones too (a tool
 * keeps the schools it was used at), every supplier, archived ones too, and every model DPIA of the
 * library; each by name.
 */
export async function filterChoices(db: Db | Tx, organisationId: string) {
	const query = preparedQuery(db, 'register_filter_choices', () => {
		const org = sql.placeholder('organisationId');
		const ofSchools = db.select({ kind: sql<'school' | 'supplier' | 'model'>`'school'`.as('kind'), id: schools.id, name: schools.name, active: schools.active }).from(schools).where(eq(schools.organisationId, org));
		const ofSuppliers = db
			.select({ kind: sql<'school' | 'supplier' | 'model'>`'supplier'`.as('kind'), id: suppliers.id, name: suppliers.name, active: sql<boolean>`${suppliers.archivedAt} is null`.as('active') })
			.from(suppliers)
			.where(eq(suppliers.organisationId, org));
		const ofModels = db
			.select({ kind: sql<'school' | 'supplier' | 'model'>`'model'`.as('kind'), id: dpiaModels.id, name: sql<string>`${dpiaModels.system} || ' (' || ${dpiaModels.publisher} || ')'`.as('name'), active: sql<boolean>`true`.as('active') })
			.from(dpiaModels)
			.where(eq(dpiaModels.organisationId, org));
		return unionAll(ofSchools, ofSuppliers, ofModels).orderBy(sql`kind`, sql`name`).prepare('register_filter_choices');
	});
	const rows = await query.execute({ organisationId });
	return { schools: rows.filter((r) => r.kind === 'school'), suppliers: rows.filter((r) => r.kind === 'supplier'), models: rows.filter((r) => r.kind === 'model') };
}

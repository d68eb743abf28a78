import { and, asc, count, desc, eq, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { escapeLike, NO_DPIA, type StatusFilter } from '$lib/domain/register-query';
import type { RiskLevel } from '$lib/domain/risk/matrix';
import type { Db, Tx } from '../db';
import { assessments, assessmentVersions, measures, prescans, processings, processingSchools, schools, type Prescan, type Processing } from '../db/schema';
import { one } from './rows';

export type ProcessingValues = Pick<typeof processings.$inferInsert, 'name' | 'vendor' | 'description'>;

export interface RegisterFilter {
	search: string;
	schoolId: string | null;
	status: StatusFilter | null;
	level: RiskLevel | null;
}

function registerWhere(organisationId: string, filter: RegisterFilter): SQL | undefined {
	return and(
		eq(processings.organisationId, organisationId),
		filter.search ? ilike(processings.name, `%${escapeLike(filter.search)}%`) : undefined,
		filter.schoolId
			? sql`exists (select 1 from ${processingSchools} where ${processingSchools.processingId} = ${processings.id} and ${processingSchools.schoolId} = ${filter.schoolId})`
			: undefined,
		filter.status === NO_DPIA ? isNull(assessments.id) : filter.status ? eq(assessments.status, filter.status) : undefined,
		filter.level ? eq(assessments.highestResidualLevel, filter.level) : undefined
	);
}

/**
 * One page of the register of an organisation, alphabetical (case-insensitive, matching the index
 * `processings_register_order_idx`), with the total for the pager. Each row's schools and overdue
 * measures are subqueries of the page's query: PostgreSQL works them out after the limit, for the page's
 * rows only, so the cost does not grow with the register, and the page is one round trip less per part.
 */
export async function list(db: Db | Tx, organisationId: string, filter: RegisterFilter, page: { limit: number; offset: number }, today: string) {
	const where = registerWhere(organisationId, filter);
	// Count and page apart: the page is read in index order and stops after `limit` rows (a window count
	// would join and sort every row of the board first), and the count needs no join at all unless a
	// filter is on the DPIA (PostgreSQL drops the unused left join to the unique processing_id).
	const [{ total }, rows] = await Promise.all([
		db.select({ total: count() }).from(processings).leftJoin(assessments, eq(assessments.processingId, processings.id)).where(where).then(one),
		db
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
				schools: sql<string[]>`array(select ${schools.name} from ${processingSchools} join ${schools} on ${schools.id} = ${processingSchools.schoolId} where ${processingSchools.processingId} = ${processings.id} order by ${schools.name})`,
				overdueMeasures: sql<number>`(select count(*)::int from ${measures} join ${assessmentVersions} on ${assessmentVersions.id} = ${measures.versionId} where ${assessmentVersions.assessmentId} = ${assessments.id} and ${assessmentVersions.number} = ${assessments.currentVersion} and ${measures.status} <> 'done' and ${measures.dueOn} < ${today})`
			})
			.from(processings)
			.leftJoin(assessments, eq(assessments.processingId, processings.id))
			.where(where)
			.orderBy(asc(sql`lower(${processings.name})`), asc(processings.id))
			.limit(page.limit)
			.offset(page.offset)
	]);
	return { total, rows };
}

export async function read(db: Db | Tx, organisationId: string, id: string): Promise<Processing | null> {
	const [row] = await db.select().from(processings).where(and(eq(processings.organisationId, organisationId), eq(processings.id, id)));
	return row ?? null;
}

export async function create(db: Db | Tx, organisationId: string, values: ProcessingValues, createdBy: string | null): Promise<Processing> {
	return one(await db.insert(processings).values({ ...values, organisationId, createdBy }).returning());
}

export async function setSchools(db: Db | Tx, processingId: string, schoolIds: string[]): Promise<void> {
	await db.delete(processingSchools).where(eq(processingSchools.processingId, processingId));
	if (schoolIds.length) await db.insert(processingSchools).values(schoolIds.map((schoolId) => ({ processingId, schoolId })));
}

export async function schoolsOf(db: Db | Tx, processingId: string) {
	return db
		.select({ id: schools.id, name: schools.name })
		.from(processingSchools)
		.innerJoin(schools, eq(schools.id, processingSchools.schoolId))
		.where(eq(processingSchools.processingId, processingId))
		.orderBy(asc(schools.name));
}

/** Active schools of the organisation; `ids` narrows to those, to check a form's choice belongs to it. */
export async function organisationSchools(db: Db | Tx, organisationId: string, ids?: string[]) {
	const where = and(eq(schools.organisationId, organisationId), eq(schools.active, true), ids ? inArray(schools.id, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']) : undefined);
	return db.select({ id: schools.id, name: schools.name }).from(schools).where(where).orderBy(asc(schools.name));
}

export async function latestPrescan(db: Db | Tx, processingId: string): Promise<Prescan | null> {
	const [row] = await db.select().from(prescans).where(eq(prescans.processingId, processingId)).orderBy(desc(prescans.createdAt)).limit(1);
	return row ?? null;
}

export async function prescanById(db: Db | Tx, processingId: string, id: string): Promise<Prescan | null> {
	const [row] = await db.select().from(prescans).where(and(eq(prescans.processingId, processingId), eq(prescans.id, id)));
	return row ?? null;
}

export async function assessmentOf(db: Db | Tx, processingId: string) {
	const [row] = await db.select().from(assessments).where(eq(assessments.processingId, processingId));
	return row ?? null;
}

/**
 * Fills a database for the benchmarks: `orgs` boards with 20 people each and `dpias` DPIAs spread over
 * them, each with answers, three risks and two measures. The small tables (boards, schools, people) go
 * in from here; the DPIAs are made by the database itself with INSERT … SELECT, one board at a time, so
 * 100,000 DPIAs (1.7 million answer rows) take minutes, not the hour that row-by-row inserts from
 * JavaScript took. The shape is what the services would write.
 */
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Db, Tx } from '../../src/lib/server/db';
import { memberships, organisations, schools, users } from '../../src/lib/server/db/schema';
import { sampleSectionAnswers } from '../../src/lib/server/testing/sample-answers';

export const BENCH_PASSWORD = 'Bench-wachtwoord-2026';
const ROLES = ['admin', 'editor', 'editor', 'fg', 'bestuur', 'gmr', ...Array(14).fill('viewer')] as const;
const STATUSES = sql.raw(`array['concept','fg_review','fg_advice','board_decision','shared_gmr','in_force']`);
const LEVELS = sql.raw(`array['low','medium','high','very_high']`);

export interface Populated {
	slug: string;
	email: string;
	assessmentId: string;
}

/** One board's DPIAs: processings `Leermiddel <o>-<i>`, i = 0 … count-1, and everything below them. */
async function populateBoard(db: Db | Tx, org: { id: string; n: number; editorId: string }, count: number, answers: string): Promise<void> {
	await db.execute(sql`
		insert into processings (organisation_id, name, vendor, prescan_outcome, created_by)
		select ${org.id}::uuid, 'Leermiddel ' || ${org.n}::int || '-' || i, 'Leverancier ' || (i % 37), 'mandatory', ${org.editorId}::uuid
		from generate_series(0, ${count - 1}::int) as i`);
	// As on a real board, each tool is used at one or two of its schools (row i at school i % 3, even rows
	// also at the next): the register shows them, and its school subquery reads a filled table.
	await db.execute(sql`
		insert into processing_schools (processing_id, school_id)
		select p.id, s.id from processings p join schools s on s.organisation_id = p.organisation_id
		cross join lateral (select split_part(p.name, '-', 2)::int as i, split_part(s.name, '-', 2)::int as k) n
		where p.organisation_id = ${org.id}::uuid and (n.k = n.i % 3 or (n.i % 2 = 0 and n.k = (n.i + 1) % 3))`);
	// i comes back from the name, so status, level and review date cycle exactly as row i's would.
	await db.execute(sql`
		insert into assessments (organisation_id, processing_id, status, highest_residual_level, review_due_on)
		select organisation_id, id, (${STATUSES})[1 + i % 6], (${LEVELS})[1 + i % 4], make_date(2026 + i % 4, 1 + i % 9, 15)
		from (select organisation_id, id, split_part(name, '-', 2)::int as i from processings where organisation_id = ${org.id}::uuid) p`);
	await db.execute(sql`
		insert into assessment_versions (assessment_id, organisation_id, number)
		select id, organisation_id, 1 from assessments where organisation_id = ${org.id}::uuid`);
	await db.execute(sql`
		insert into section_answers (version_id, section_id, answers)
		select v.id, e.key, e.value from assessment_versions v cross join jsonb_each(${answers}::jsonb) e
		where v.organisation_id = ${org.id}::uuid`);
	await db.execute(sql`
		insert into risks (version_id, catalogue_id, title, severity, likelihood, residual_severity, residual_likelihood, position)
		select v.id, 'R0' || n, 'Risico ' || n, n, 4 - n, 1, 1, n
		from assessment_versions v cross join generate_series(1, 3) as n where v.organisation_id = ${org.id}::uuid`);
	await db.execute(sql`
		insert into measures (version_id, title, type, owner, due_on, status, position)
		select v.id, 'Maatregel ' || n, 'organisational', 'Directeur', make_date(2026, n, 1), case when n = 1 then 'done' else 'planned' end, n
		from assessment_versions v cross join generate_series(1, 2) as n where v.organisation_id = ${org.id}::uuid`);
	// each measure treats the version's third risk
	await db.execute(sql`
		insert into measure_risks (measure_id, risk_id)
		select m.id, r.id from assessment_versions v
		join measures m on m.version_id = v.id
		join risks r on r.version_id = v.id and r.position = 3
		where v.organisation_id = ${org.id}::uuid`);
}

export async function populate(db: Db, options: { orgs: number; dpias: number; onBoard?: (done: number) => void }): Promise<Populated> {
	const passwordHash = await hashPassword(BENCH_PASSWORD);
	const answers = JSON.stringify(sampleSectionAnswers());
	const perOrg = Math.ceil(options.dpias / options.orgs);
	const orgs = await db
		.insert(organisations)
		.values(Array.from({ length: options.orgs }, (_, o) => ({ slug: `bench-${o}`, name: `Stichting Bench ${o}` })))
		.returning({ id: organisations.id, slug: organisations.slug });
	const ordered = orgs.map((org) => ({ ...org, n: Number(org.slug.slice('bench-'.length)) })).sort((a, b) => a.n - b.n);
	let first: Populated | undefined;
	for (const org of ordered) {
		await db.insert(schools).values([0, 1, 2].map((s) => ({ organisationId: org.id, name: `School ${org.n}-${s}` })));
		const people = await db
			.insert(users)
			.values(ROLES.map((_, u) => ({ email: `u${u}@${org.slug}.test`, name: `Persoon ${u}`, passwordHash })))
			.returning({ id: users.id });
		await db.insert(memberships).values(people.map((p, u) => ({ userId: p.id, organisationId: org.id, role: ROLES[u]! })));
		const count = Math.min(perOrg, options.dpias - org.n * perOrg);
		if (count > 0) {
			// One transaction per board, not one commit (and WAL flush) per statement; a lost fill is simply rerun.
			await db.transaction(async (tx) => {
				await tx.execute(sql`set local synchronous_commit = off`);
				await populateBoard(tx, { id: org.id, n: org.n, editorId: people[1]!.id }, count, answers);
			});
			if (!first) {
				const found = await db.execute(
					sql`select a.id from assessments a join processings p on p.id = a.processing_id where p.organisation_id = ${org.id}::uuid and p.name = ${`Leermiddel ${org.n}-0`}`
				);
				first = { slug: org.slug, email: `u0@${org.slug}.test`, assessmentId: rowsOf<{ id: string }>(found)[0]!.id };
			}
		}
		options.onBoard?.(org.n + 1);
	}
	if (!first) throw new Error('nothing populated');
	// Fresh statistics after the bulk load, as autovacuum would gather a minute later on PostgreSQL (the
	// app analyzes PGlite, which has no autovacuum, at start-up itself).
	await db.execute(sql`analyze`);
	return first;
}

/** PGlite answers `{ rows }`, postgres.js an array of rows. */
function rowsOf<T>(result: unknown): T[] {
	return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { rawRows } from '../db/raw';
import type { DpiaExport } from '../exchange/format';

/**
 * A database as a released version left it, in a file: the SQL of that release's migrations, drizzle's
 * journal rows, and every table's rows. Portable JSON (no pg_dump), so it loads into PGlite and into
 * PostgreSQL alike. Made by scripts/release-fixture.ts; read by tests/integration/upgrade.spec.ts.
 */
export const RELEASE_FIXTURE_FORMAT = 'dpia-wijzer-release-fixture';

export interface ReleaseFixture {
	format: typeof RELEASE_FIXTURE_FORMAT;
	release: string;
	/** The migrations of the release, statement by statement, exactly as drizzle's migrator ran them. */
	migrations: { tag: string; statements: string[] }[];
	/** The rows of `drizzle.__drizzle_migrations`, so the current migrator knows what was applied. */
	journal: { id: number; hash: string; created_at: string }[];
	/** Rows per table, in an order that satisfies the foreign keys of that release. */
	tables: Record<string, Record<string, unknown>[]>;
	/** The release's password of every fixture user, to prove logins survive the upgrade. */
	password: string;
	/** What the release's export said about each DPIA, summarised (see `summarise`). */
	expected: DpiaSummary[];
}

export function readReleaseFixture(file: string): ReleaseFixture {
	const fixture = JSON.parse(readFileSync(file, 'utf8')) as ReleaseFixture;
	if (fixture.format !== RELEASE_FIXTURE_FORMAT) throw new Error(`${file} is not a release fixture`);
	return fixture;
}

/**
 * Writes the fixture into an empty database as the release had it, in one transaction: its schema,
 * its journal, its rows. Serial ids continue after the loaded rows, as they did in the release.
 */
export async function loadReleaseFixture(db: Db, fixture: ReleaseFixture): Promise<void> {
	await db.transaction(async (tx) => {
		for (const migration of fixture.migrations) for (const statement of migration.statements) await tx.execute(sql.raw(statement));
		await tx.execute(sql`create schema if not exists drizzle`);
		await tx.execute(sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
		for (const row of fixture.journal) {
			await tx.execute(sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${row.id}, ${row.hash}, ${row.created_at})`);
		}
		await tx.execute(sql`select setval(pg_get_serial_sequence('drizzle.__drizzle_migrations', 'id'), (select max(id) from drizzle.__drizzle_migrations))`);
		for (const [name, rows] of Object.entries(fixture.tables)) {
			if (!rows.length) continue;
			await tx.execute(sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(rows)}::json)`);
		}
		const serials = await rawRows<{ table_name: string }>(
			tx,
			sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and column_default like 'nextval%'`
		);
		for (const { table_name } of serials) {
			await tx.execute(sql`select setval(pg_get_serial_sequence(${table_name}, 'id'), coalesce((select max(id) from ${sql.identifier(table_name)}), 0) + 1, false)`);
		}
	});
}

/** Every table's rows, as JSON, in the given order (the release's foreign-key order). */
export async function dumpTables(db: Db, order: string[]): Promise<ReleaseFixture['tables']> {
	const tables: ReleaseFixture['tables'] = {};
	for (const name of order) {
		const [row] = await rawRows<{ rows: Record<string, unknown>[] }>(db, sql`select coalesce(json_agg(t), '[]'::json) as rows from ${sql.identifier(name)} t`);
		tables[name] = row?.rows ?? [];
	}
	return tables;
}

export interface DpiaSummary {
	organisation: string;
	processing: string;
	status: string;
	versions: {
		number: number;
		frozen: boolean;
		fullReportSha256: string | null;
		answers: Record<string, unknown>;
		risks: string[];
		measures: string[];
		steps: string[];
	}[];
}

/**
 * What must survive an upgrade, in terms that outlive export-format changes: who, what, which status,
 * and per version the answers, risks, measures, workflow steps and the recorded report hash.
 */
export function summarise(doc: DpiaExport): DpiaSummary {
	return {
		organisation: doc.organisation.slug,
		processing: doc.processing.name,
		status: doc.assessment.status,
		versions: doc.versions.map((v) => ({
			number: v.number,
			frozen: Boolean(v.frozenAt),
			fullReportSha256: v.fullReportSha256,
			answers: Object.fromEntries(v.answers.map((a) => [a.sectionId, a.answers])),
			risks: v.risks.map((r) => r.title).sort(),
			measures: v.measures.map((m) => m.title).sort(),
			steps: v.transitions.map((t) => t.action)
		}))
	};
}

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { rawRows } from '$lib/server/db/raw';
import { assessments, assessmentVersions, auditLog, sectionAnswers, users } from '$lib/server/db/schema';
import { exportAssessment } from '$lib/server/exchange/export';
import { exportSchema } from '$lib/server/exchange/format';
import { auditTrail } from '$lib/server/services/audit-trail';
import { saveSection } from '$lib/server/services/questionnaire';
import { logIn } from '$lib/server/services/sign-in';
import { AssessmentLocked, assertVersionEditable } from '$lib/server/services/version-lock';
import { createTestDatabase } from '$lib/server/testing/db';
import { loadReleaseFixture, readReleaseFixture, summarise, type ReleaseFixture } from '$lib/server/testing/release-fixture';

/**
 * Issue 6: an installation of an earlier release upgrades to this code without losing anything.
 * Each file in tests/fixtures/releases is a database as its release left it (schema, drizzle's
 * journal, rows); it is loaded into an empty database (PGlite, or PostgreSQL with TEST_DATABASE_URL),
 * the current migrator runs, and everything must still be there and readable.
 *
 * At each release, add its fixture: `npm run fixture:release` at the release commit (see
 * scripts/release-fixture.ts), commit tests/fixtures/releases/<version>.json. Keep the old ones: every
 * release must upgrade from every earlier one. A migration that deliberately drops or reshapes data
 * makes "every row is still there" fail: change that expectation here, in the same commit, on purpose.
 */
const DIR = path.resolve('tests/fixtures/releases');
const MIGRATIONS = path.resolve('drizzle');
const releases = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const current = readMigrationFiles({ migrationsFolder: MIGRATIONS });

describe('release fixtures', () => {
	it('exist, starting with release 0.1.0', () => {
		expect(releases[0]).toBe('0.1.0.json');
	});
});

describe.each(releases)('upgrade from release %s', (file) => {
	const fixture: ReleaseFixture = readReleaseFixture(path.join(DIR, file));
	let database: Database;
	const count = async (table: string) => (await rawRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

	beforeAll(async () => {
		database = await createTestDatabase({ migrate: false });
		await loadReleaseFixture(database.db, fixture);
		await database.migrate();
	});
	afterAll(async () => {
		await database?.close();
	});

	it("released migrations are unchanged: this code's files have the hashes the release recorded", () => {
		expect(fixture.journal.length).toBe(fixture.migrations.length);
		expect(current.length).toBeGreaterThanOrEqual(fixture.journal.length);
		// drizzle goes by timestamp, not hash: an edited released migration would never reach upgraded databases
		expect(current.slice(0, fixture.journal.length).map((m) => [m.hash, String(m.folderMillis)])).toEqual(fixture.journal.map((j) => [j.hash, j.created_at]));
	});

	it('the current migrator applied exactly the migrations that came after the release', async () => {
		const applied = await rawRows<{ hash: string; created_at: string }>(database.db, sql`select hash, created_at::text from drizzle.__drizzle_migrations order by id`);
		expect(applied.map((r) => r.hash)).toEqual(current.map((m) => m.hash));
		expect(applied.slice(0, fixture.journal.length).map((r) => r.created_at)).toEqual(fixture.journal.map((j) => j.created_at));
	});

	it('every row of every table is still there', async () => {
		const counts: Record<string, number> = {};
		for (const table of Object.keys(fixture.tables)) counts[table] = await count(table);
		expect(counts).toEqual(Object.fromEntries(Object.entries(fixture.tables).map(([t, rows]) => [t, rows.length])));
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
	});

	it('every DPIA exports, valid in the current format, with what the release exported', async () => {
		const rows = await database.db.select().from(assessments).orderBy(assessments.createdAt, assessments.id);
		const docs = await Promise.all(rows.map((a) => exportAssessment(database.db, a.organisationId, a.id)));
		for (const doc of docs) expect(exportSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
		expect(docs.map((doc) => summarise(doc!))).toEqual(fixture.expected);
		expect(fixture.expected.some((d) => d.versions.some((v) => v.frozen))).toBe(true);
	});

	it('free-text suppliers became supplier records: one per board and name, every processing linked to its own', async () => {
		const rows = await rawRows<{ vendor: string; organisation_id: string; supplier_name: string | null; supplier_org: string | null }>(
			database.db,
			sql`select p.vendor, p.organisation_id, s.name as supplier_name, s.organisation_id as supplier_org from processings p left join suppliers s on s.id = p.supplier_id`
		);
		const named = rows.filter((r) => r.vendor.trim() !== '');
		expect(named.length).toBeGreaterThan(0);
		for (const r of named) expect([r.supplier_name?.toLowerCase(), r.supplier_org]).toEqual([r.vendor.trim().toLowerCase(), r.organisation_id]);
		const distinct = new Set(named.map((r) => `${r.organisation_id}:${r.vendor.trim().toLowerCase()}`));
		expect(await count('suppliers')).toBe(distinct.size);
	});

	it("the release's people still log in with their passwords", async () => {
		const people = await database.db.select().from(users).orderBy(users.email);
		expect(people).toHaveLength(fixture.tables.users!.length);
		for (const person of people.slice(0, 3)) {
			const result = await logIn(database.db, { email: person.email, password: fixture.password, ip: '192.0.2.50' });
			expect(result.ok, person.email).toBe(true);
		}
	});

	it('the audit trail is complete, readable per DPIA, and still append-only', async () => {
		const before = fixture.tables.audit_log!.length;
		expect(await count('audit_log')).toBeGreaterThanOrEqual(before);
		const [first] = await database.db.select().from(assessments).orderBy(assessments.createdAt, assessments.id);
		const trail = await auditTrail(database.db, { organisationId: first!.organisationId, actor: { userId: null, label: 'test' } }, first!.id, 1);
		expect(trail.total).toBeGreaterThan(0);
		expect(trail.entries.length).toBe(Math.min(trail.total, 50));
		await expect(database.db.delete(auditLog)).rejects.toThrow();
	});

	it('takes new work: an open version saves, a signed-off one stays frozen', async () => {
		const versions = await database.db.select().from(assessmentVersions);
		const frozen = versions.find((v) => v.frozenAt)!;
		const concepts = new Set((await database.db.select().from(assessments).where(eq(assessments.status, 'concept'))).map((a) => a.id));
		const open = versions.find((v) => !v.frozenAt && concepts.has(v.assessmentId))!;
		const scopeOf = (organisationId: string) => ({ organisationId, actor: { userId: null, label: 'upgrade test' } });
		const where = (versionId: string) => and(eq(sectionAnswers.versionId, versionId), eq(sectionAnswers.sectionId, '18'));
		const [row] = await database.db.select().from(sectionAnswers).where(where(open.id));
		const saved = await saveSection(database.db, scopeOf(open.organisationId), open.assessmentId, { sectionId: '18', answers: { ...row?.answers, '18.1': 'Na de upgrade' }, expectedRevision: row?.revision ?? 0 });
		expect(saved.revision).toBe((row?.revision ?? 0) + 1);
		const [frozenRow] = await database.db.select().from(sectionAnswers).where(where(frozen.id));
		expect(frozenRow).toBeDefined();
		// its DPIA moved on to version 2, so the lock is asked about the frozen version itself
		await expect(assertVersionEditable(database.db, frozen.id)).rejects.toBeInstanceOf(AssessmentLocked);
	});
});

describe('a migration newer than the newest fixture', () => {
	// Until the next release adds a migration, the loop above applies none: this proves now that the
	// loaded journal makes drizzle apply only what is new, by adding one to a copy of drizzle/.
	it('is applied on top of the loaded release, once, and the data stays', async () => {
		const fixture = readReleaseFixture(path.join(DIR, releases.at(-1)!));
		const folder = mkdtempSync(path.join(tmpdir(), 'dpia-upgrade-'));
		try {
			cpSync(MIGRATIONS, folder, { recursive: true });
			const journalFile = path.join(folder, 'meta/_journal.json');
			const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
			const last = journal.entries.at(-1)!;
			journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_upgrade_probe' });
			writeFileSync(journalFile, JSON.stringify(journal));
			writeFileSync(path.join(folder, '9999_upgrade_probe.sql'), 'ALTER TABLE "organisations" ADD COLUMN "upgrade_probe" text DEFAULT \'yes\';');
			const probed = await createTestDatabase({ migrate: false, migrationsFolder: folder });
			try {
				await loadReleaseFixture(probed.db, fixture);
				await probed.migrate();
				// a second start finds nothing to do (the ALTER would fail if it ran again)
				await probed.migrate();
				const applied = await rawRows<{ n: number }>(probed.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
				expect(applied[0]!.n).toBe(journal.entries.length);
				const orgs = await rawRows<{ upgrade_probe: string }>(probed.db, sql`select upgrade_probe from organisations`);
				expect(orgs.map((o) => o.upgrade_probe)).toEqual(fixture.tables.organisations!.map(() => 'yes'));
			} finally {
				await probed.close();
			}
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

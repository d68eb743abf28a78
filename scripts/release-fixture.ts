/**
 * Writes tests/fixtures/releases/<version>.json: a database as this release leaves it, for the upgrade
 * test (tests/integration/upgrade.spec.ts) of every later release.
 *
 *   npm run fixture:release                 # at the release commit, version from package.json
 *   npm run fixture:release -- --migrations 5 --release 0.1.0   # only the first 5 migrations
 *
 * At each release: (1) tag the commit, (2) run this there, (3) commit the new fixture. Never regenerate
 * an existing fixture on a later commit: it must keep the schema and data of *its* release, which is
 * why this refuses to overwrite one without --force. The data is made through the release's own
 * services, so it is shaped as real use would shape it (audit entries, transitions, snapshots).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { eq, sql } from 'drizzle-orm';
import { EMPTY_ANSWERS } from '$lib/domain/prescan';
import type { Role } from '$lib/domain/roles';
import type { Action } from '$lib/domain/workflow/actions';
import { createApiToken } from '$lib/server/auth/api-token';
import { hashPassword } from '$lib/server/auth/password';
import { tablesInInsertOrder } from '$lib/server/backup/tables';
import { openDatabase } from '$lib/server/db/open';
import { rawRows } from '$lib/server/db/raw';
import { assessments, gmrShares, schools, users } from '$lib/server/db/schema';
import { exportAssessment } from '$lib/server/exchange/export';
import { recordGmrResponse } from '$lib/server/services/gmr';
import { createProcessing, recordFgView, savePrescan, startAssessment } from '$lib/server/services/register';
import { createMeasure } from '$lib/server/services/measures';
import { saveSection } from '$lib/server/services/questionnaire';
import { addComment } from '$lib/server/services/questionnaire-comments';
import { createRisk } from '$lib/server/services/risks';
import { logIn } from '$lib/server/services/sign-in';
import { perform, type ActionInput } from '$lib/server/services/workflow';
import { lifecycleFixture, newAssessment } from '$lib/server/testing/lifecycle-fixture';
import { RELEASE_FIXTURE_FORMAT, dumpTables, summarise, type ReleaseFixture } from '$lib/server/testing/release-fixture';

const { values } = parseArgs({ options: { release: { type: 'string' }, migrations: { type: 'string' }, force: { type: 'boolean', default: false } } });
const release = values.release ?? (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const out = path.resolve('tests/fixtures/releases', `${release}.json`);
if (existsSync(out) && !values.force) throw new Error(`${out} exists: a release fixture is made once, at its release (--force to replace)`);

// The release's migrations only: a copy of drizzle/ whose journal stops at --migrations.
const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
const count = values.migrations ? Number(values.migrations) : journal.entries.length;
const folder = mkdtempSync(path.join(tmpdir(), 'dpia-release-'));
cpSync('drizzle', folder, { recursive: true });
writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));

const PASSWORD = 'release fixture wachtwoord';
const database = await openDatabase({ dataDir: 'memory://', migrationsFolder: folder });
await database.migrate();
const db = database.db;

const riskInput = (title: string, accepted = false) => ({
	title, description: `${title}: beschrijving`, origin: 'leverancier', fearedEvent: 'other_harm' as const, severity: 3, severityMotivation: 'ernstig',
	likelihood: 2, likelihoodMotivation: 'mogelijk', levelOverride: null, overrideReason: '', discrimination: false,
	residualSeverity: 2, residualLikelihood: 1, accepted, acceptanceReason: accepted ? 'Klein restrisico' : ''
});
const advice: ActionInput['advice'] = { verdict: 'positive', text: 'Akkoord met de maatregelen', advisedOn: '2026-03-01' };
const decision: ActionInput['decision'] = { decision: 'proceed', motivation: 'Nodig voor het onderwijs', residualRiskAcceptance: 'Aanvaard', deviationMotivation: '', decidedOn: '2026-03-10' };

const noord = await lifecycleFixture(db, 'stichting-noord');
const zuid = await lifecycleFixture(db, 'stichting-zuid');
await db.update(users).set({ passwordHash: await hashPassword(PASSWORD) });
type Fx = typeof noord;
const scope = (fx: Fx, role: Role = 'editor') => ({ organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: fx.people[role].name }, role });
const act = (fx: Fx, assessmentId: string, role: Role, action: Action, input: ActionInput = {}) => perform(db, scope(fx, role), assessmentId, action, input);

// noord, Snappet: risks, measures and a comment; walked to "in force" (signed off, frozen), a (G)MR
// response on its share, then version 2 in concept with a changed answer.
{
	const id = noord.assessment.id;
	const risk = await createRisk(db, scope(noord), id, riskInput('Etikettering van leerlingen'));
	const second = await createRisk(db, scope(noord), id, riskInput('Profilering', true));
	await createMeasure(db, scope(noord), id, { title: 'Menselijke blik op signalen', description: 'De leerkracht beslist', type: 'organisational', owner: 'IB', dueOn: '2027-01-31', status: 'planned', riskIds: [risk.id, second.id] });
	await createMeasure(db, scope(noord), id, { title: 'Dataminimalisatie', description: '', type: 'technical', owner: 'ICT', dueOn: null, status: 'done', riskIds: [risk.id] });
	await addComment(db, scope(noord, 'fg'), id, { questionId: '1.1', body: 'Is dit de volledige naam van de verwerking?' });
	await act(noord, id, 'editor', 'submit');
	await act(noord, id, 'fg', 'advise', { advice });
	await act(noord, id, 'bestuur', 'decide', { decision });
	await act(noord, id, 'editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } });
	await act(noord, id, 'bestuur', 'sign_off');
	const [share] = await db.select().from(gmrShares);
	await recordGmrResponse(db, scope(noord, 'gmr'), share!.id, { kind: 'views', text: 'De GMR vraagt om jaarlijkse evaluatie', respondedOn: '2026-03-20' });
	await act(noord, id, 'editor', 'new_version', { newVersion: { reason: 'new_ai_feature', text: 'Nieuwe AI-functie' } });
	const [row] = await rawRows<{ answers: Record<string, unknown>; revision: number }>(
		db,
		sql`select answers, revision from section_answers s join assessment_versions v on v.id = s.version_id where v.assessment_id = ${id} and v.number = 2 and s.section_id = '18'`
	);
	await saveSection(db, scope(noord), id, { sectionId: '18', answers: { ...row!.answers, '18.1': 'Samenvatting na de AI-functie' }, expectedRevision: row!.revision });
}

// noord, Parnassys: one accepted risk, submitted and waiting for the FG.
{
	const second = await newAssessment(db, noord.organisation.id, noord.people.editor.id, 'Parnassys');
	await createRisk(db, scope(noord), second.assessment.id, riskInput('Te ruime toegang', true));
	await act(noord, second.assessment.id, 'editor', 'submit');
}

// noord, Teams: made as a person would, through the register: schools, a pre-scan with the FG's view, then the DPIA.
{
	const schoolIds = (await db.select({ id: schools.id }).from(schools).where(eq(schools.organisationId, noord.organisation.id))).map((s) => s.id);
	const processing = await createProcessing(db, scope(noord), { name: 'Microsoft Teams', vendor: 'Microsoft', description: 'Samenwerken en vergaderen', schoolIds });
	await savePrescan(db, scope(noord), processing.id, { ...EMPTY_ANSWERS, subjects: ['leerling_lt16', 'medewerker'], yes: ['monitoring'] }, noord.organisation.policy);
	await recordFgView(db, scope(noord, 'fg'), processing.id, 'Eens met de uitkomst');
	await startAssessment(db, scope(noord), processing.id);
}

// zuid, Snappet in concept with a risk and a measure; an API token; a login and a failed one.
{
	const risk = await createRisk(db, scope(zuid), zuid.assessment.id, riskInput('Lock-in bij de leverancier'));
	await createMeasure(db, scope(zuid), zuid.assessment.id, { title: 'Exit-afspraken', description: '', type: 'contractual', owner: 'Bestuur', dueOn: '2027-06-30', status: 'planned', riskIds: [risk.id] });
	await createApiToken(db, { organisationId: zuid.organisation.id, name: 'Koppeling', role: 'viewer', createdBy: zuid.people.admin.id });
	await logIn(db, { email: zuid.people.admin.email, password: PASSWORD, ip: '192.0.2.10' });
	await logIn(db, { email: zuid.people.viewer.email, password: 'fout', ip: '192.0.2.11' });
}

const order = tablesInInsertOrder();
const expected = [];
for (const a of await db.select().from(assessments).orderBy(assessments.createdAt, assessments.id)) {
	const doc = await exportAssessment(db, a.organisationId, a.id);
	expected.push(summarise(doc!));
}
const fixture: ReleaseFixture = {
	format: RELEASE_FIXTURE_FORMAT,
	release,
	migrations: readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({ tag: journal.entries[i]!.tag, statements: m.sql })),
	journal: await rawRows(db, sql`select id, hash, created_at::text from drizzle.__drizzle_migrations order by id`),
	tables: await dumpTables(db, order),
	password: PASSWORD,
	expected
};
await database.close();
rmSync(folder, { recursive: true, force: true });
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(fixture, null, '\t')}\n`);
const rows = Object.values(fixture.tables).reduce((n, t) => n + t.length, 0);
console.log(`${path.relative('.', out)}: release ${release}, ${fixture.migrations.length} migrations, ${rows} rows, ${expected.length} DPIAs`);

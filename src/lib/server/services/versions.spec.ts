import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessmentVersions, measures, risks, sectionAnswers } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { NotFound } from './scope';
import { diffView } from './version-diff-view';
import { compareVersions, listVersions } from './versions';
import { copyVersion } from './workflow-copy';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

describe('version history and diff', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	const scopeOf = (fx: Fixture) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } });

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		const db = database.db;
		const v1 = noord.version.id;
		const kept = await riskRepo.create(db, v1, { catalogueId: 'R03', title: 'Profilering leidt tot etikettering', severity: 3, likelihood: 3 });
		const dropped = await riskRepo.create(db, v1, { title: 'Eigen risico dat vervalt', severity: 1, likelihood: 1 });
		await measureRepo.create(db, v1, { title: 'Ouders informeren', type: 'organisational', status: 'planned', dueOn: '2026-09-01' }, [kept.id, dropped.id]);
		await db
			.update(assessmentVersions)
			.set({ status: 'in_force', frozenAt: new Date('2026-03-01T10:00:00Z'), fullReportSha256: 'a'.repeat(64), gmrReportSha256: 'b'.repeat(64) })
			.where(eq(assessmentVersions.id, v1));

		const v2 = await db.transaction((tx) =>
			copyVersion(tx, { assessmentId: noord.assessment.id, organisationId: noord.organisation.id, fromVersionId: v1, number: 2, reason: 'new_ai_feature: AI-hulp', createdBy: noord.people.editor.id, status: 'concept' })
		);
		const [intro] = await db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, v2.id), eq(sectionAnswers.sectionId, '4')));
		await db
			.update(sectionAnswers)
			.set({ answers: { ...intro!.answers, '4.1': ['profiling', 'ai_algorithm'], '4.4': false } })
			.where(and(eq(sectionAnswers.versionId, v2.id), eq(sectionAnswers.sectionId, '4')));
		await db.update(risks).set({ residualSeverity: 2, residualLikelihood: 1 }).where(and(eq(risks.versionId, v2.id), eq(risks.catalogueId, 'R03')));
		await db.delete(risks).where(and(eq(risks.versionId, v2.id), eq(risks.title, 'Eigen risico dat vervalt')));
		await riskRepo.create(db, v2.id, { catalogueId: 'R05', title: 'Vooringenomen AI-uitkomst', severity: 3, likelihood: 2 });
		await db.update(measures).set({ status: 'done' }).where(eq(measures.versionId, v2.id));
	});
	afterAll(async () => {
		await database.close();
	});

	it('lists every version with status, frozen flag and report hashes', async () => {
		const found = await listVersions(database.db, scopeOf(noord), noord.assessment.id);
		expect(found.processingName).toBe('Snappet');
		expect(found.assessment.currentVersion).toBe(2);
		expect(found.versions).toMatchObject([
			{ number: 1, status: 'in_force', fullReportSha256: 'a'.repeat(64), gmrReportSha256: 'b'.repeat(64) },
			{ number: 2, status: 'concept', frozenAt: null, fullReportSha256: null, reason: 'new_ai_feature: AI-hulp' }
		]);
		expect(found.versions[0]!.frozenAt).toEqual(new Date('2026-03-01T10:00:00Z'));
	});

	it('compares the current version with the one before it by default', async () => {
		const { from, to, diff } = await compareVersions(database.db, scopeOf(noord), noord.assessment.id, null, null);
		expect([from, to]).toEqual([1, 2]);
		expect(diff.sections).toEqual([
			{
				sectionId: '4',
				changes: [
					expect.objectContaining({ questionId: '4.1', kind: 'changed', after: ['profiling', 'ai_algorithm'] }),
					expect.objectContaining({ questionId: '4.4', kind: 'changed', before: true, after: false })
				]
			}
		]);
		expect(diff.risks.map((r) => [r.kind, (r.after ?? r.before)!.title])).toEqual([
			['added', 'Vooringenomen AI-uitkomst'],
			['changed', 'Profilering leidt tot etikettering'],
			['removed', 'Eigen risico dat vervalt']
		]);
		expect(diff.measures).toEqual([expect.objectContaining({ kind: 'changed', fields: ['status', 'risks'] })]);
	});

	it('puts the diff in words: section titles, question labels, option labels and field names', async () => {
		const { diff } = await compareVersions(database.db, scopeOf(noord), noord.assessment.id, 1, 2);
		const view = diffView(diff);
		expect(view.sections[0]!.title).toMatch(/^4\. /);
		expect(view.sections[0]!.changes[0]).toMatchObject({ label: '4.1 Welke technieken worden gebruikt?', after: 'Profilering, AI of algoritme' });
		expect(view.sections[0]!.changes[1]).toMatchObject({ before: 'Ja', after: 'Nee' });
		const risk = view.risks.find((r) => r.kind === 'changed')!;
		expect(risk.title).toBe('R1 Profilering leidt tot etikettering');
		expect(risk.changes).toEqual([
			{ label: 'Ernst na maatregelen', before: '', after: 'Beperkt' },
			{ label: 'Kans na maatregelen', before: '', after: 'Verwaarloosbaar' }
		]);
		expect(view.measures[0]!.changes[0]).toEqual({ label: 'Stand van zaken', before: 'Gepland', after: 'Uitgevoerd' });
	});

	it('finds nothing between a version and itself, and refuses unknown versions and other boards', async () => {
		const same = await compareVersions(database.db, scopeOf(noord), noord.assessment.id, 2, 2);
		expect(same.diff).toEqual({ sections: [], risks: [], measures: [] });
		await expect(compareVersions(database.db, scopeOf(noord), noord.assessment.id, 1, 7)).rejects.toBeInstanceOf(NotFound);
		await expect(listVersions(database.db, scopeOf(zuid), noord.assessment.id)).rejects.toBeInstanceOf(NotFound);
		await expect(compareVersions(database.db, scopeOf(zuid), noord.assessment.id, 1, 2)).rejects.toBeInstanceOf(NotFound);
	});
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskForm } from '$lib/components/risk/forms';
import { heatMapCells } from '$lib/domain/risk/heatmap';
import { riskLevel } from '$lib/domain/risk/matrix';
import type { Database } from '../db';
import { assessments, assessmentVersions, auditLog } from '../db/schema';
import * as measureRepo from '../repo/measures';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { riskOverview } from './risk-view';
import { addCatalogueRisk, createRisk, deleteRisk, listRisks, updateRisk } from './risks';
import { AssessmentLocked } from './version-lock';

const base = {
	title: 'Eigen risico',
	description: 'Beschrijving',
	origin: 'Leverancier',
	fearedEvent: 'unauthorised_access' as const,
	severity: 3,
	severityMotivation: 'Ernstig',
	likelihood: 2,
	likelihoodMotivation: 'Onwaarschijnlijk',
	levelOverride: null,
	overrideReason: '',
	discrimination: true,
	residualSeverity: 2,
	residualLikelihood: 1,
	accepted: false,
	acceptanceReason: ''
};

describe('risks service', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	let scope: { organisationId: string; actor: { userId: string; label: string } };

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
		scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Editor' } };
	});
	afterAll(async () => {
		await database.close();
	});

	it('scores with the spec §5.2 matrix', () => {
		expect([riskLevel(1, 3), riskLevel(4, 1), riskLevel(3, 2), riskLevel(4, 2), riskLevel(3, 3), riskLevel(3, 4), riskLevel(4, 4)]).toEqual([
			'low', 'medium', 'medium', 'high', 'high', 'very_high', 'very_high'
		]);
	});

	it('persists every field, and computes levels server-side', async () => {
		const risk = await createRisk(database.db, scope, fx.assessment.id, base);
		expect(risk).toMatchObject({ severity: 3, likelihood: 2, residualSeverity: 2, residualLikelihood: 1, discrimination: true, levelOverride: null });
		const overview = riskOverview(await listRisks(database.db, scope, fx.assessment.id), 'nl');
		expect(overview.risks[0]).toMatchObject({ inherentLevel: 'medium', inherentLabel: 'Gemiddeld', residualLevel: 'low' });
		expect(overview.untreated.map((r) => r.id)).toEqual([risk.id]);
		const cell = overview.heatInherent.find((c) => c.severity === 3 && c.likelihood === 2);
		expect(cell).toMatchObject({ count: 1, levelLabel: 'Gemiddeld' });
		const [row] = await database.db.select().from(assessments).where(eq(assessments.id, fx.assessment.id));
		expect(row!.highestResidualLevel).toBe('low');
		await deleteRisk(database.db, scope, fx.assessment.id, risk.id);
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, risk.id));
		expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
	});

	it('keeps a deviating level with its reason, and drops an override equal to the computed level', async () => {
		const risk = await createRisk(database.db, scope, fx.assessment.id, { ...base, levelOverride: 'high', overrideReason: 'Kwetsbare groep' });
		expect(risk).toMatchObject({ levelOverride: 'high', overrideReason: 'Kwetsbare groep' });
		const same = await updateRisk(database.db, scope, fx.assessment.id, risk.id, { ...base, levelOverride: 'medium', overrideReason: 'x' });
		expect(same).toMatchObject({ levelOverride: null, overrideReason: null });
	});

	it('rejects a deviation without a reason, and an acceptance without a reason, at the form edge', () => {
		const values = { ...base, severity: '3', likelihood: '2', residualSeverity: '', residualLikelihood: '', levelOverride: 'high', overrideReason: '', accepted: 'on' };
		const result = riskForm.safeParse(values);
		expect(result.success).toBe(false);
		const paths = result.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['overrideReason', 'acceptanceReason']));
		const half = riskForm.safeParse({ ...values, levelOverride: '', accepted: '', residualSeverity: '2' });
		expect(half.error!.issues.map((i) => i.path.join('.'))).toEqual(['residualLikelihood']);
	});

	it('brings a catalogue risk with its mitigations as planned, linked measures', async () => {
		const { risk, measures } = await addCatalogueRisk(database.db, scope, fx.assessment.id, 'R03', 'nl');
		expect(risk).toMatchObject({ catalogueId: 'R03', title: 'Profilering leidt tot etikettering van leerlingen' });
		expect(measures.length).toBeGreaterThanOrEqual(2);
		const stored = await measureRepo.list(database.db, fx.version.id);
		const linked = stored.filter((m) => m.riskIds.includes(risk.id));
		expect(linked).toHaveLength(measures.length);
		expect(linked.every((m) => m.status === 'planned' && m.type === 'organisational')).toBe(true);
		const english = await addCatalogueRisk(database.db, scope, fx.assessment.id, 'R01', 'en');
		expect(english.risk.title).toBe('Vendor reuses pupil data');
		expect(english.measures.map((m) => m.type).sort()).toEqual(['contractual', 'technical']);
	});

	it('counts residual cells only for risks with an assessed residual', () => {
		const cells = heatMapCells([{ id: 'a', severity: 4, likelihood: 4, levelOverride: null, residualSeverity: null, residualLikelihood: null, accepted: false }], 'residual');
		expect(cells.reduce((n, c) => n + c.count, 0)).toBe(0);
		expect(cells).toHaveLength(16);
	});

	it('refuses edits to a frozen version', async () => {
		const fresh = await lifecycleFixture(database.db, 'stichting-oost');
		const s = { organisationId: fresh.organisation.id, actor: scope.actor };
		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, fresh.version.id));
		await expect(createRisk(database.db, s, fresh.assessment.id, base)).rejects.toBeInstanceOf(AssessmentLocked);
		await expect(addCatalogueRisk(database.db, s, fresh.assessment.id, 'R01', 'nl')).rejects.toBeInstanceOf(AssessmentLocked);
	});
});

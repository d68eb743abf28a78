import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, signedReports } from '../db/schema';
import { exportAssessment } from '../exchange/export';
import { createMeasure } from '../services/measures';
import { createRisk } from '../services/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { parseBackup, restoreBackup, RestoreRefused, takeBackup } from './snapshot';
import { tablesInInsertOrder } from './tables';

async function exportsOf(database: Database) {
	const rows = await database.db.select({ id: assessments.id, organisationId: assessments.organisationId }).from(assessments).orderBy(assessments.id);
	const docs = await Promise.all(rows.map((r) => exportAssessment(database.db, r.organisationId, r.id)));
	// exportedAt is the moment of export, not data: everything else must match.
	return docs.map((doc) => ({ ...doc, exportedAt: undefined }));
}

describe('backup and restore', () => {
	let source: Database;
	let target: Database;
	// every byte value, as a kept report holds them
	const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

	beforeAll(async () => {
		[source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
		for (const slug of ['stichting-noord', 'stichting-zuid']) {
			const fx = await lifecycleFixture(source.db, slug);
			const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } };
			const risk = await createRisk(source.db, scope, fx.assessment.id, {
				title: 'Etikettering', description: 'Labels blijven hangen', origin: 'leverancier', fearedEvent: 'other_harm', severity: 3, severityMotivation: 'ernstig',
				likelihood: 3, likelihoodMotivation: 'mogelijk', levelOverride: null, overrideReason: '', discrimination: true, residualSeverity: 2, residualLikelihood: 1, accepted: false, acceptanceReason: ''
			});
			await createMeasure(source.db, scope, fx.assessment.id, { title: 'Menselijke blik', description: '', type: 'organisational', owner: 'IB', dueOn: '2027-01-31', status: 'planned', riskIds: [risk.id] });
			await source.db.insert(signedReports).values({ versionId: fx.version.id, report: 'full', lang: 'nl', pdf: binary, sha256: 'x'.repeat(64) });
		}
	});
	afterAll(async () => {
		await Promise.all([source?.close(), target?.close()]);
	});

	it('orders every table after the tables it refers to', () => {
		const order = tablesInInsertOrder();
		expect(order.indexOf('organisations')).toBeLessThan(order.indexOf('memberships'));
		expect(order.indexOf('risks')).toBeLessThan(order.indexOf('measure_risks'));
		expect(order.indexOf('assessment_versions')).toBeLessThan(order.indexOf('section_answers'));
	});

	it('restores into an empty database so that every DPIA exports identically', async () => {
		const text = JSON.stringify(await takeBackup(source.db));
		const { rows } = await restoreBackup(target.db, parseBackup(text), { force: false });
		expect(rows).toBeGreaterThan(50);
		const [before, after] = [await exportsOf(source), await exportsOf(target)];
		expect(before).toHaveLength(2);
		expect(after).toEqual(before);
		expect(JSON.stringify(await takeBackup(target.db)).length).toBe(text.length);
		const kept = await target.db.select({ pdf: signedReports.pdf }).from(signedReports);
		expect(kept).toHaveLength(2);
		for (const row of kept) expect(row.pdf.equals(binary)).toBe(true);
	});

	it('refuses a corrupt or foreign file and leaves the data as it was', async () => {
		const before = await exportsOf(target);
		const good = await takeBackup(source.db);
		expect(() => parseBackup('{"format":"dpia-wijzer-backup"')).toThrow(RestoreRefused);
		expect(() => parseBackup(JSON.stringify({ ...good, format: 'other-tool' }))).toThrow(RestoreRefused);
		await expect(restoreBackup(target.db, { ...good, tables: { ...good.tables, intruders: [] } }, { force: true })).rejects.toThrow('unknown tables');
		await expect(restoreBackup(target.db, { ...good, migrations: good.migrations + 1 }, { force: true })).rejects.toThrow('migrations');
		// A row that cannot be inserted aborts the whole restore: the transaction leaves nothing half-done.
		const broken = { ...good, tables: { ...good.tables, measure_risks: [{ measure_id: '00000000-0000-0000-0000-000000000000', risk_id: '00000000-0000-0000-0000-000000000000' }] } };
		await expect(restoreBackup(target.db, broken, { force: true })).rejects.toThrow();
		expect(await exportsOf(target)).toEqual(before);
	});
});

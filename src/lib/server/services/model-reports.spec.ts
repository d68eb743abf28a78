import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { sectionAnswers } from '../db/schema';
import { renderDocxHere } from '../docx';
import { reportSnapshotSchema } from '../exchange/snapshot';
import { exampleModel } from '../model/examples';
import { buildReportSnapshot, renderReportHere, type ReportSnapshot } from '../pdf';
import { pdfText } from '../pdf/testing/pdf-text';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { addModel } from './model-library';
import { decideRisk, explainAnswerChange, readInventory } from './model-inventory';
import { startFromModel } from './model-start';
import { scopeOf, type Scope } from './scope';

/** The text of a Word file's body, whitespace collapsed: what a person reads in it. */
async function docxBody(bytes: Buffer): Promise<string> {
	const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
	return xml.replace(/<w:tab\/>/g, ' ').replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('the dossier and the (G)MR report of a local DPIA name the model it builds on', () => {
	let database: Database;
	let scope: Scope;
	let snapshot: ReportSnapshot;

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await lifecycleFixture(database.db, 'stichting-noord');
		scope = scopeOf({ organisation: fx.organisation, user: fx.people.admin });
		const { versionId } = await addModel(database.db, scope, exampleModel('camerasysteem-v1'));
		const { assessmentId } = await startFromModel(database.db, scope, versionId, { name: 'Camera’s De Linde' });
		await decideRisk(database.db, scope, assessmentId, 'afstand', 'not_applicable', 'De recorder hangt niet aan internet');
		const inventory = (await readInventory(database.db, scope, assessmentId))!;
		// the school departs from one of the model's answers, and says why
		const here = and(eq(sectionAnswers.versionId, inventory.version.id), eq(sectionAnswers.sectionId, '5'));
		const [section] = await database.db.select().from(sectionAnswers).where(here);
		await database.db.update(sectionAnswers).set({ answers: { ...section!.answers, '5.3': 'unknown' } }).where(here);
		await explainAnswerChange(database.db, scope, assessmentId, '5.3', 'Wij weten het niet zeker');
		snapshot = await buildReportSnapshot(database.db, inventory.version.id);
	});
	afterAll(async () => {
		await database?.close();
	});

	it('keeps the model, the school’s decisions and its changed answers in the snapshot, which the exchange format accepts', () => {
		expect(snapshot.model).toMatchObject({ publisher: expect.stringMatching(/DPIA Wijzer/), system: 'Voorbeeld Camerasysteem Schoolgebouw', version: 1, example: true });
		expect(snapshot.model!.risks.find((r) => r.decision === 'not_applicable')).toMatchObject({ reason: 'De recorder hangt niet aan internet' });
		expect(snapshot.model!.answers.total).toBeGreaterThan(1);
		expect(snapshot.model!.answers.changed).toEqual([{ key: '5.3', reason: 'Wij weten het niet zeker' }]);
		expect(reportSnapshotSchema.safeParse(snapshot).success).toBe(true);
	});

	it('prints the model in the dossier (PDF and Word) and in the (G)MR report, in both languages', async () => {
		const full = squeeze(await pdfText(await renderReportHere('full', snapshot, 'nl')));
		expect(full).toContain('Voorbeeld Camerasysteem Schoolgebouw v1 (DPIA Wijzer (voorbeeld))');
		expect(full).toContain('Niet in onze situatie: De recorder hangt niet aan internet');
		expect(full).toContain('Wij weten het niet zeker');
		const word = await docxBody(await renderDocxHere('full', snapshot, 'en'));
		expect(word).toContain('it builds on the model DPIA of Voorbeeld Camerasysteem Schoolgebouw, version 1');
		expect(word).toContain('Not in our situation: De recorder hangt niet aan internet');
		const gmr = squeeze(await pdfText(await renderReportHere('gmr', snapshot, 'nl')));
		expect(gmr).toContain('de model-DPIA van Voorbeeld Camerasysteem Schoolgebouw, versie 1');
		expect(gmr).toContain('1 risico geldt niet bij ons');
		const gmrWord = await docxBody(await renderDocxHere('gmr', snapshot, 'en'));
		expect(gmrWord).toContain('Based on a model DPIA');
	}, 60_000);

	it('prints no model chapter for a DPIA of its own', async () => {
		const fx = await lifecycleFixture(database.db, 'stichting-zuid');
		const own = await buildReportSnapshot(database.db, fx.version.id);
		expect(own.model).toBeNull();
		expect(await pdfText(await renderReportHere('full', own, 'nl'))).not.toContain('Model-DPIA');
	}, 60_000);
});

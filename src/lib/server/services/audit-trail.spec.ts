import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskForm } from '$lib/components/risk/forms';
import { EMPTY_ANSWERS } from '$lib/domain/prescan';
import { recordAudit } from '../audit';
import type { Database } from '../db';
import { auditLog } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { AUDIT_PAGE_SIZE, auditTrail } from './audit-trail';
import { createProcessing, savePrescan, startAssessment } from './register';
import { addCatalogueRisk, updateRisk } from './risks';
import { NotFound } from './scope';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
const ALL_ON = { 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': true };

describe('audit trail per DPIA', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	let assessmentId: string;
	const scopeOf = (fx: Fixture, label = 'Eva Jansen') => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label } });

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		const db = database.db;
		const scope = scopeOf(noord);
		const processing = await createProcessing(db, scope, { name: 'Rekentuin', vendor: 'Rekentuin BV', description: '', schoolIds: [] });
		await savePrescan(db, scope, processing.id, { ...EMPTY_ANSWERS, subjects: ['leerling_lt16'], yes: ['profiling'] }, ALL_ON);
		assessmentId = (await startAssessment(db, scope, processing.id)).id;
		const { risk } = await addCatalogueRisk(db, scope, assessmentId, 'R03', 'nl');
		const input = riskForm.parse({ ...risk, overrideReason: '', acceptanceReason: '', severity: 3, severityMotivation: 'Etiket blijft hangen', residualSeverity: 2, residualLikelihood: 1 });
		await updateRisk(db, scopeOf(noord, 'Frank Gerritsen'), assessmentId, risk.id, input);
		await recordAudit(db, { organisationId: noord.organisation.id, subjectId: assessmentId, actor: scope.actor, action: 'update', entity: 'answer', entityId: '4.4', before: true, after: false });
		// another board's entry about the same subject id must never show
		await recordAudit(db, { organisationId: zuid.organisation.id, subjectId: assessmentId, actor: { userId: null, label: 'Indringer' }, action: 'update', entity: 'answer', entityId: '1.1', after: 'x' });
	});
	afterAll(async () => {
		await database.close();
	});

	it('tells the story newest first, including the processing’s registration and pre-scan', async () => {
		const trail = await auditTrail(database.db, scopeOf(noord), assessmentId, 1);
		expect(trail.processingName).toBe('Rekentuin');
		expect(trail.entries.map((e) => e.what)).toEqual([
			'Heeft het antwoord op vraag 4.4 Is de digitale dienst vooral bedoeld voor jongeren onder 18? gewijzigd.',
			'Heeft het risico “Profilering leidt tot etikettering van leerlingen” gewijzigd.',
			'Heeft het risico “Profilering leidt tot etikettering van leerlingen” toegevoegd.',
			'Is de DPIA begonnen.',
			'Heeft de pre-scan gedaan: Een DPIA is verplicht.',
			'Heeft de verwerking “Rekentuin” in het register gezet.'
		]);
		expect(trail.entries.map((e) => e.who)).not.toContain('Indringer');
		expect(trail.entries[1]!.who).toBe('Frank Gerritsen');
	});

	it('shows old and new values in words', async () => {
		const [answer, riskUpdate] = (await auditTrail(database.db, scopeOf(noord), assessmentId, 1)).entries;
		expect(answer!.changes).toEqual([{ label: 'Antwoord', before: 'Ja', after: 'Nee' }]);
		expect(riskUpdate!.changes).toEqual(
			expect.arrayContaining([
				{ label: 'Ernst', before: 'Beperkt', after: 'Aanzienlijk' },
				{ label: 'Ernst na maatregelen', before: '', after: 'Beperkt' },
				{ label: 'Motivering ernst', before: expect.any(String), after: 'Etiket blijft hangen' }
			])
		);
		expect(riskUpdate!.changes.map((c) => c.label)).not.toContain('revision');
	});

	it('pages by fifty', async () => {
		const actor = { userId: null, label: 'Script' };
		for (let i = 0; i < AUDIT_PAGE_SIZE; i++) {
			await recordAudit(database.db, { organisationId: noord.organisation.id, subjectId: assessmentId, actor, action: 'update', entity: 'answer', entityId: '1.1', after: `tekst ${i}` });
		}
		const first = await auditTrail(database.db, scopeOf(noord), assessmentId, 1);
		const second = await auditTrail(database.db, scopeOf(noord), assessmentId, 2);
		expect([first.total, first.pages, first.entries.length, second.entries.length]).toEqual([56, 2, 50, 6]);
		expect(first.entries[0]!.changes[0]!.after).toBe(`tekst ${AUDIT_PAGE_SIZE - 1}`);
		expect(second.entries.at(-1)!.what).toBe('Heeft de verwerking “Rekentuin” in het register gezet.');
		expect((await auditTrail(database.db, scopeOf(noord), assessmentId, 9)).page).toBe(2);
	});

	it('is not found for another board, and the log itself cannot be changed', async () => {
		await expect(auditTrail(database.db, scopeOf(zuid), assessmentId, 1)).rejects.toBeInstanceOf(NotFound);
		await expect(database.db.update(auditLog).set({ actorLabel: 'Iemand anders' }).where(eq(auditLog.subjectId, assessmentId))).rejects.toThrow();
		await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
	});
});

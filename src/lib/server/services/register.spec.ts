import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from '$lib/domain/prescan';
import { questionById, validateAnswer } from '$lib/domain/questionnaire/api';
import type { Database } from '../db';
import { auditLog, schools, sectionAnswers } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { createProcessing, readProcessing, recordFgView, recordReasoning, savePrescan, startAssessment, UnknownSchool } from './register';
import { NotFound } from './scope';

const ALL_ON = { 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': true };

describe('register and pre-scan service', () => {
	let database: Database;
	let noord: Awaited<ReturnType<typeof lifecycleFixture>>;
	let zuid: Awaited<ReturnType<typeof lifecycleFixture>>;
	const scopeOf = (fx: typeof noord) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } });

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('creates a processing with the board’s own schools only', async () => {
		const own = await database.db.select().from(schools).where(eq(schools.organisationId, noord.organisation.id));
		const foreign = await database.db.select().from(schools).where(eq(schools.organisationId, zuid.organisation.id));
		const input = { name: 'Camera’s schoolplein', vendor: 'Beveiliging BV', description: 'Twee camera’s', schoolIds: [own[0]!.id] };
		await expect(createProcessing(database.db, scopeOf(noord), { ...input, schoolIds: [foreign[0]!.id] })).rejects.toBeInstanceOf(UnknownSchool);
		const processing = await createProcessing(database.db, scopeOf(noord), input);
		const found = await readProcessing(database.db, scopeOf(noord), processing.id);
		expect(found.schools.map((s) => s.name)).toEqual([own[0]!.name]);
		await expect(readProcessing(database.db, scopeOf(zuid), processing.id)).rejects.toBeInstanceOf(NotFound);
	});

	it('keeps every pre-scan run with its answers and the board’s policy applied', async () => {
		const processing = await createProcessing(database.db, scopeOf(noord), { name: 'Netwerkmonitor', vendor: '', description: '', schoolIds: [] });
		const answers = { ...EMPTY_ANSWERS, yes: ['monitoring'] };
		const first = await savePrescan(database.db, scopeOf(noord), processing.id, answers, ALL_ON);
		expect(first.outcome).toBe('mandatory');
		const second = await savePrescan(database.db, scopeOf(noord), processing.id, answers, { ...ALL_ON, 'S-4': false });
		expect(second.outcome).toBe('recommended');
		const found = await readProcessing(database.db, scopeOf(noord), processing.id);
		expect(found.prescan?.id).toBe(second.id);
		expect(found.processing.prescanOutcome).toBe('recommended');
		expect(found.prescan?.answers).toEqual(answers);
	});

	it('records the reasons for no DPIA and the FG’s view, each in the audit trail', async () => {
		const processing = await createProcessing(database.db, scopeOf(noord), { name: 'Roosterprogramma', vendor: 'Rooster BV', description: '', schoolIds: [] });
		await savePrescan(database.db, scopeOf(noord), processing.id, { ...EMPTY_ANSWERS, subjects: ['ouder'] }, ALL_ON);
		await recordReasoning(database.db, scopeOf(noord), processing.id, 'Alleen roostergegevens van ouders, geen bijzondere gegevens.');
		await recordFgView(database.db, { organisationId: noord.organisation.id, actor: { userId: noord.people.fg.id, label: 'FG' } }, processing.id, 'Eens: geen DPIA nodig.');
		const found = await readProcessing(database.db, scopeOf(noord), processing.id);
		expect(found.prescan).toMatchObject({ outcome: 'not_required', reasoning: expect.stringContaining('roostergegevens'), fgView: 'Eens: geen DPIA nodig.', fgViewBy: noord.people.fg.id });
		const trail = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, processing.id));
		expect(trail.map((e) => e.entity)).toEqual(['processing', 'prescan', 'prescan_reasoning', 'prescan_fg_view']);
	});

	it('starts a DPIA once, with §0 filled from the pre-scan', async () => {
		const processing = await createProcessing(database.db, scopeOf(noord), { name: 'Rekenmethode', vendor: 'Leer BV', description: 'Adaptief rekenen', schoolIds: [] });
		await savePrescan(database.db, scopeOf(noord), processing.id, { ...EMPTY_ANSWERS, subjects: ['leerling_lt16'], yes: ['profiling'], serviceMainlyForMinors: true }, ALL_ON);
		const assessment = await startAssessment(database.db, scopeOf(noord), processing.id);
		expect((await startAssessment(database.db, scopeOf(noord), processing.id)).id).toBe(assessment.id);
		const rows = await database.db.select().from(sectionAnswers);
		const intake = rows.find((r) => r.sectionId === '0' && (r.answers['0.1'] as string) === 'Rekenmethode');
		expect(intake?.answers).toMatchObject({
			'0.2': 'Adaptief rekenen',
			'0.4': { value: ['leerling_lt16'] },
			'0.5': ['AP-15', 'S-1', 'C1', 'C7'],
			'0.6': { value: 'mandatory', detail: expect.stringContaining('AP-15 – Profilering') }
		});
		// the criteria are a starting point: 0.6 counts once someone has written why they apply
		const offered = intake?.answers['0.6'] as { value: string; detail: string };
		expect(validateAnswer(questionById('0.6')!, offered)).toEqual({ ok: false, code: 'missing_reasoning' });
		const written = { ...offered, detail: offered.detail.replace('AP-15 – Profilering', '$& leerlingen krijgen een niveau-inschatting') };
		expect(validateAnswer(questionById('0.6')!, written)).toEqual({ ok: true });
		const techniques = await database.db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, intake!.versionId), eq(sectionAnswers.sectionId, '4')));
		expect(techniques[0]?.answers).toEqual({ '4.4': true });
		await expect(startAssessment(database.db, scopeOf(zuid), processing.id)).rejects.toBeInstanceOf(NotFound);
	});
});

import { readFileSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { assessments, assessmentVersions, auditLog, comments, commentThreads, measures, processings, risks, sectionAnswers } from '../../db/schema';
import { runCli } from '../../cli/run';
import { createTestDatabase } from '../../testing/db';
import { lifecycleFixture } from '../../testing/lifecycle-fixture';
import { ImportRefused } from '../import';
import { importForeign } from './import';

const path = (name: string) => `tests/fixtures/foreign/${name}`;
const fixture = (name: string) => readFileSync(path(name), 'utf8');
const actor = { userId: null, label: 'Eva Editor' };

describe('importing a CNIL PIA or PAR DPIA file', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const rows = async () => (await database.db.select({ n: count() }).from(assessments))[0]!.n;
	const cli = async (...argv: string[]) => {
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCli(argv, { dataDir: 'unused', out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' }, async () => ({ ...database, close: async () => {} }));
		return { code, out: out.join('\n'), err: err.join('\n') };
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
	});
	afterAll(async () => {
		await database.close();
	});

	it('stores a CNIL PIA as a draft DPIA with its answers, risks and measures, and keeps the report as a note', async () => {
		const { result, report } = await importForeign(database.db, fx.organisation.id, fixture('cnil-pia-2018.json'), 'cnil', actor, { fileName: 'kompas.json', locale: 'nl' });
		const db = database.db;
		const [assessment] = await db.select().from(assessments).where(eq(assessments.id, result.assessmentId));
		expect(assessment).toMatchObject({ organisationId: fx.organisation.id, status: 'concept' });
		const [processing] = await db.select().from(processings).where(eq(processings.id, result.processingId));
		expect(processing!.name).toBe('Leerlingvolgsysteem Kompas');
		const [version] = await db.select().from(assessmentVersions).where(eq(assessmentVersions.assessmentId, result.assessmentId));
		expect(await db.select({ n: count() }).from(risks).where(eq(risks.versionId, version!.id))).toEqual([{ n: 2 }]);
		expect(await db.select({ n: count() }).from(measures).where(eq(measures.versionId, version!.id))).toEqual([{ n: 2 }]);
		const [one] = await db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, version!.id), eq(sectionAnswers.sectionId, '1')));
		expect((one!.answers as Record<string, string>)['1.1']).toContain('Leerlingvolgsysteem Kompas');

		const [thread] = await db.select().from(commentThreads).where(eq(commentThreads.versionId, version!.id));
		expect(thread).toMatchObject({ sectionId: '1', questionId: '1.1' });
		const [note] = await db.select().from(comments).where(eq(comments.threadId, thread!.id));
		expect(note!.authorName).toBe('Eva Editor');
		expect(note!.body).toContain('Geïmporteerd uit CNIL PIA (bestand "kompas.json")');
		// every unmapped field is in the note with its text
		for (const u of report.unmapped) expect(note!.body).toContain(`- ${u.path}`);
		expect(note!.body).toContain('Kompas Onderwijs BV');

		const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.subjectId, result.assessmentId), eq(auditLog.action, 'import')));
		expect(audit!.after).toMatchObject({ source: 'cnil', processing: 'Leerlingvolgsysteem Kompas' });
	});

	it('refuses the same file a second time, unless a copy is asked for', async () => {
		const before = await rows();
		await expect(importForeign(database.db, fx.organisation.id, fixture('cnil-pia-2018.json'), 'cnil', actor, { fileName: 'kompas.json', locale: 'en' })).rejects.toThrow(/already in this organisation/);
		expect(await rows()).toBe(before);
		await importForeign(database.db, fx.organisation.id, fixture('cnil-pia-2018.json'), 'cnil', actor, { fileName: 'kompas.json', locale: 'en', copy: true });
		expect(await rows()).toBe(before + 1);
	});

	it('saves nothing of a file that is refused', async () => {
		const before = await rows();
		const file = JSON.parse(fixture('par-dpia-3.0.json'));
		file.answers['16.1'][1]['16.1.1'].value = 'x'.repeat(30_000);
		const error = await importForeign(database.db, fx.organisation.id, JSON.stringify(file), 'par', actor, { fileName: 'toets.json', locale: 'en' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportRefused);
		expect((error as ImportRefused).reasons('en')).toEqual(['answers["16.1"][1]["16.1.1"].value: too long: at most 5000 characters']);
		expect(await rows()).toBe(before);
	});

	it('imports a PAR DPIA output through the command line, with the report as warnings', async () => {
		const done = await cli('import', path('par-dpia-3.0.json'), '--org', 'stichting-noord', '--from', 'par');
		expect(done.code).toBe(0);
		expect(done.out).toMatch(/Imported as DPIA [0-9a-f-]{36}\./);
		expect(done.err).toContain('warning: Imported from PAR (file "par-dpia-3.0.json").');
		expect(done.err).toContain('warning: - answers["16.1"][0]["16.1.7"].value (PAR 16.1.7): hoog');
		const [made] = await database.db.select().from(processings).where(and(eq(processings.organisationId, fx.organisation.id), eq(processings.name, 'par-dpia-3.0')));
		expect(made).toBeDefined();

		expect(await cli('import', path('par-dpia-3.0.json'), '--org', 'stichting-noord', '--from', 'cnil')).toMatchObject({ code: 1, err: expect.stringContaining('not a CNIL PIA file') });
		expect(await cli('import', path('par-dpia-3.0.json'), '--org', 'stichting-noord', '--from', 'word')).toMatchObject({ code: 2 });
	});
});

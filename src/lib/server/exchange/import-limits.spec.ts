import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments } from '../db/schema';
import { reportFixture } from '../pdf/testing/report-fixture';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { exportAssessment } from './export';
import type { DpiaExport } from './format';
import { ImportRefused, importAssessment, parseExportText } from './import';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH } from './limits';

// a test changes any part of the document, so its shape is not checked here
type Loose = Record<string, any>;

/** The reasons a text is refused for, in Dutch and in English; fails the test if it is accepted. */
function refusal(text: string): { nl: string[]; en: string[] } {
	try {
		parseExportText(text);
	} catch (error) {
		if (!(error instanceof ImportRefused)) throw error;
		return { nl: error.reasons('nl'), en: error.reasons('en') };
	}
	throw new Error('the import accepted the file');
}

describe('import holds a file to the forms’ limits', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof reportFixture>>;
	let original: DpiaExport;
	/** The signed-off DPIA's export with one change made to a copy. */
	const changed = (change: (doc: Loose) => void): string => {
		const doc = structuredClone(original) as Loose;
		change(doc);
		return JSON.stringify(doc);
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await reportFixture(database.db, { slug: 'stichting-bron' });
		original = JSON.parse(JSON.stringify(await exportAssessment(database.db, fx.organisation.id, fx.assessment.id)));
	});
	afterAll(async () => {
		await database.close();
	});

	it('takes a signed-off DPIA with its frozen snapshot as exported', () => {
		expect(original.versions[0]!.frozenAt).not.toBeNull();
		expect((original.versions[0]!.snapshot as Loose).format).toBe('dpia-wijzer/report-snapshot@1');
		expect(parseExportText(JSON.stringify(original)).processing.name).toBe('Snappet');
	});

	it('refuses texts longer than the forms take, naming the place, in Dutch and English', () => {
		const long = refusal(changed((doc) => (doc.processing.description = 'x'.repeat(4001))));
		expect(long.nl).toEqual(['processing.description: te lang: ten hoogste 4000 tekens']);
		expect(long.en).toEqual(['processing.description: too long: at most 4000 characters']);
		const title = refusal(changed((doc) => (doc.versions[0].risks[0].title = 'x'.repeat(201))));
		expect(title.nl).toEqual(['versions[0].risks[0].title: te lang: ten hoogste 200 tekens']);
	});

	it('refuses unknown choices, with the allowed ones and without zod’s own wording', () => {
		const { nl, en } = refusal(changed((doc) => (doc.versions[0].risks[1].fearedEvent = 'meteor')));
		expect(nl).toEqual([
			'versions[0].risks[1].fearedEvent: onbekende waarde; toegestaan: "unauthorised_access", "unwanted_change", "disappearance", "other_harm"'
		]);
		expect(en[0]).toMatch(/^versions\[0\]\.risks\[1\]\.fearedEvent: unknown value; allowed: /);
		const many = refusal(
			changed((doc) => {
				doc.versions[0].measures[0].status = 'finished';
				doc.versions[0].fgAdvice[0].advisedOn = '2026-02-30';
				doc.versions[0].risks[0].severity = '3';
				doc.versions[0].risks[0].colour = 'red';
			})
		);
		expect(many.nl).toEqual(
			expect.arrayContaining([
				'versions[0].risks[0].colour: onbekend veld',
				'versions[0].risks[0].severity: moet een getal zijn',
				expect.stringMatching(/^versions\[0\]\.measures\[0\]\.status: onbekende waarde/),
				'versions[0].fgAdvice[0].advisedOn: geen geldige datum (jjjj-mm-dd)'
			])
		);
		for (const reason of [...many.nl, ...many.en]) expect(reason).not.toMatch(/Invalid|Unrecognized|received|expected/);
	});

	it('checks questionnaire answers as the section form does', () => {
		const { nl } = refusal(
			changed((doc) => {
				const section = doc.versions[0].answers.find((a: Loose) => !Array.isArray(a.answers.items));
				section.answers.zz = 'x';
				doc.versions[0].answers.push({ ...section, sectionId: '16' });
			})
		);
		expect(nl).toEqual(expect.arrayContaining([expect.stringMatching(/^versions\[0\]\.answers\[\d+\]\.answers\.zz: deze vraag hoort niet bij deze sectie$/)]));
		expect(nl).toEqual(expect.arrayContaining([expect.stringMatching(/^versions\[0\]\.answers\[\d+\]\.sectionId: onbekende vragenlijstsectie/)]));
		// an unfinished answer (the app keeps one when a rule tightens) is no reason to refuse a file
		const unfinished = changed((doc) => (doc.versions[0].answers.find((a: Loose) => a.sectionId === '0').answers['0.4'] = { value: ['ouder'], detail: {} }));
		expect(parseExportText(unfinished).versions[0]!.answers.find((a) => a.sectionId === '0')!.answers['0.4']).toEqual({ value: ['ouder'], detail: {} });
	});

	it('never trusts a frozen snapshot: text only where text is shown, the forms’ lengths, the right types', () => {
		const snapshot = (change: (s: Loose) => void) => changed((doc) => change(doc.versions[0].snapshot));
		expect(refusal(snapshot((s) => (s.processing.vendor = Array.from({ length: 20_000 }, (_, i) => [`rij ${i}`, 'x'])))).nl).toEqual([
			'versions[0].snapshot.processing.vendor: moet tekst zijn'
		]);
		expect(refusal(snapshot((s) => (s.processing.name = 42))).nl).toEqual(['versions[0].snapshot.processing.name: moet tekst zijn']);
		expect(refusal(snapshot((s) => (s.processing.description = 'x'.repeat(100_000)))).en).toEqual([
			'versions[0].snapshot.processing.description: too long: at most 4000 characters'
		]);
		expect(refusal(snapshot((s) => (s.risks[0].title = { text: 'Klik', link: 'https://evil.example' }))).nl).toEqual([
			'versions[0].snapshot.risks[0].title: moet tekst zijn'
		]);
		expect(refusal(snapshot((s) => (s.history[0].by = ['a']))).nl).toEqual(['versions[0].snapshot.history[0].by: moet tekst zijn']);
		expect(refusal(snapshot((s) => (s.answers['4'] = { '4.1': 'nonsense' }))).nl[0]).toMatch(/^versions\[0\]\.snapshot\.answers\["4"\]\["4\.1"\]: ongeldig antwoord: /);
		// a transition's snapshot (what the (G)MR view shows) too
		const transition = changed((doc) => (doc.versions[0].transitions[0].snapshot.processing.name = { text: 'x' }));
		expect(refusal(transition).nl).toEqual(['versions[0].transitions[0].snapshot.processing.name: moet tekst zijn']);
	});

	it('refuses a file past the size limit, a 20 MB text among them, before parsing it', () => {
		const huge = changed((doc) => (doc.processing.description = 'x'.repeat(20 * 1024 * 1024)));
		expect(refusal(huge).nl).toEqual(['Het bestand is groter dan 8 MB; een export uit DPIA Wijzer is nooit zo groot.']);
		expect(MAX_IMPORT_BYTES).toBe(8 * 1024 * 1024);
		// multi-byte text is measured in bytes: 3 million "€" are 9 MB though only 3 million characters
		expect(refusal(changed((doc) => (doc.processing.vendor = '€'.repeat(3_000_000)))).en[0]).toMatch(/larger than 8 MB/);
	});

	it('refuses deep nesting by counting it on the text, where JSON.parse would run out of stack', () => {
		const deep = `{"formatVersion":1,"processing":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
		expect(refusal(deep).en).toEqual([`The data is nested deeper than ${MAX_IMPORT_DEPTH} levels (at character ${deep.indexOf('[') + MAX_IMPORT_DEPTH - 1}); an export from DPIA Wijzer is never that deep.`]);
		// brackets inside strings are text, not nesting
		expect(parseExportText(changed((doc) => (doc.processing.description = '[{'.repeat(1000)))).processing.description).toHaveLength(2000);
		expect(refusal('{"a": [1, 2').nl).toEqual(['Dit is geen geldige JSON.']);
	});

	it('says the file as a whole must be one object when it holds a list or a single value', () => {
		for (const text of ['[1, 2, 3]', '"DPIA"', '42', 'null']) {
			expect(refusal(text).nl).toEqual(['Het bestand moet één JSON-object bevatten (dat begint met een accolade), geen lijst of losse waarde.']);
			expect(refusal(text).en).toEqual(['The file must hold one JSON object (starting with a curly brace), not a list or a single value.']);
		}
	});

	it('refuses a NUL character with its place instead of failing in the database', () => {
		expect(refusal(changed((doc) => (doc.versions[0].risks[0].description = 'a\u0000b'))).nl).toEqual(['versions[0].risks[0].description: bevat een NUL-teken']);
	});

	it('says a DPIA is already in the board and names it; a copy only when asked; all or nothing', async () => {
		const db = database.db;
		const total = async () => (await db.select({ n: count() }).from(assessments))[0]!.n;
		const actor = { userId: null, label: 'test' };
		const doc = parseExportText(JSON.stringify(original));
		const before = await total();
		await expect(importAssessment(db, fx.organisation.id, doc, actor)).rejects.toThrowError(
			new RegExp(`already in this organisation: "Snappet" \\(${fx.assessment.id}\\)`)
		);
		const copy = await importAssessment(db, fx.organisation.id, doc, actor, { copy: true });
		expect(await total()).toBe(before + 1);

		const other = await lifecycleFixture(db, 'stichting-doel');
		const first = await importAssessment(db, other.organisation.id, doc, actor);
		try {
			await importAssessment(db, other.organisation.id, doc, actor);
			expect.unreachable();
		} catch (error) {
			expect((error as ImportRefused).reasons('nl')).toEqual([
				`Deze DPIA staat al in deze organisatie: "Snappet" (${first.assessmentId}). Importeer met --copy om er een kopie van te maken.`
			]);
		}
		expect(copy.assessmentId).not.toBe(first.assessmentId);
		expect(await total()).toBe(before + 3);
	});
});

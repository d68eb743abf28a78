import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../refusal';
import { exportSchema } from '../format';
import { parseForeignText } from './parse';
import { plainText, titleOf } from './draft';

const fixture = (name: string) => readFileSync(`tests/fixtures/foreign/${name}`, 'utf8');
const nl = { fileName: 'Toetsrijk.json', locale: 'nl' as const, now: new Date('2026-01-05T10:00:00Z') };

function refusal(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportRefused) return error.reasons('en');
		throw error;
	}
	throw new Error('not refused');
}

describe('CNIL PIA export → DPIA', () => {
	const { doc, report } = parseForeignText(fixture('cnil-pia-2018.json'), 'cnil', nl);
	const version = doc.versions[0]!;
	const section = (id: string) => version.answers.find((a) => a.sectionId === id)?.answers as Record<string, unknown> | undefined;

	it('is a draft DPIA that satisfies our own exchange schema', () => {
		expect(exportSchema.safeParse(doc).success).toBe(true);
		expect(doc.processing.name).toBe('Leerlingvolgsysteem Kompas');
		expect(doc.assessment.status).toBe('concept');
		expect(doc.assessment.createdAt).toBe('2019-03-04T08:55:12.000Z');
	});

	it('carries the free-text answers over as plain text to their questions', () => {
		expect(section('0')).toEqual({ '0.1': 'Leerlingvolgsysteem Kompas' });
		expect(section('1')).toEqual({ '1.1': 'Het bestuur voert Leerlingvolgsysteem Kompas in voor alle twaalf basisscholen.', '1.2': 'Volgen van de ontwikkeling van leerlingen en tijdig extra zorg bieden.' });
		expect(section('11')).toEqual({ '11.2': 'Wettelijke taak (art. 8 WPO, leerlingdossier).' });
		expect(section('10')).toEqual({ '10.2': 'Tot twee jaar na uitschrijving; daarna vernietigd.' });
		expect(section('3')).toEqual({ items: [{ id: 'cnil-122', answers: { '3.1': 'Levenscyclus van de gegevens', '3.2': 'Inschrijving → toetsen → overdracht naar het voortgezet onderwijs & archief.' } }] });
	});

	it('makes a risk of each CNIL risk that has both levels, with its residual levels and linked measures', () => {
		expect(version.risks.map((r) => [r.fearedEvent, r.severity, r.likelihood, r.residualSeverity, r.residualLikelihood])).toEqual([
			['unauthorised_access', 3, 2, 2, 1],
			['unwanted_change', 2, 1, null, null]
		]);
		expect(version.risks[0]!.description).toBe('Leerling wordt gestigmatiseerd\nOuders verliezen vertrouwen');
		expect(version.risks[0]!.origin).toBe('Dreigingen: Inloggen met gestolen wachtwoord\nBronnen: Medewerker; Aanvaller van buiten');
		expect(version.risks[0]!.severityMotivation).toBe('Gevoelige notities over gedrag kunnen uitlekken.');
		const [access, change] = version.risks.map((r) => r.id);
		expect(version.measures.map((m) => [m.title, m.description, m.riskIds])).toEqual([
			['Tweestapsverificatie', 'Alle medewerkers loggen in met een tweede factor.', [access]],
			['Logging', 'Toegang tot dossiers wordt vastgelegd en maandelijks bekeken.', [access, change]]
		]);
	});

	it('lists every field that did not map, with its text, and none of the bookkeeping', () => {
		const paths = report.unmapped.map((u) => u.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'pia.status',
				'pia.author_name',
				'pia.dpo_status',
				'pia.dpo_opinion',
				'pia.concerned_people_searched_content',
				'pia.category',
				'answers[1].data.text',
				'answers[2].data.text',
				'answers[8].data.text',
				'answers[21].data.list',
				'answers[22].data.text',
				'answers[22].data.gauge',
				'evaluations[0].evaluation_comment',
				'evaluations[0].action_plan_comment',
				'evaluations[1].status',
				'comments[0].description'
			])
		);
		expect(report.unmapped.find((u) => u.path === 'answers[1].data.text')).toMatchObject({ hint: 'CNIL 112', value: expect.stringContaining('Kompas Onderwijs BV') });
		expect(report.unmapped.find((u) => u.path === 'pia.dpo_opinion')?.value).toBe('Akkoord onder voorwaarde van tweestapsverificatie.');
		// mapped places and bookkeeping are not listed
		for (const path of ['pia.name', 'answers[0].data.text', 'answers[9].data.list', 'answers[12].data.list', 'evaluations[0].gauges', 'pia.id', 'answers[0].id', 'measures[0].placeholder'])
			expect(paths).not.toContain(path);
		expect(report.assumptions.map((a) => a.path)).toEqual(['measures', 'risks']);
	});

	it('takes the export of later versions of the tool and reports the fields they added', () => {
		const later = parseForeignText(fixture('cnil-pia-2021.json'), 'cnil', nl);
		expect(later.doc.processing.name).toBe('Leerlingvolgsysteem Kompas (2021)');
		expect(later.doc.versions[0]!.risks).toHaveLength(2);
		expect(later.report.unmapped.map((u) => u.path)).toEqual(expect.arrayContaining(['pia.progress']));
		expect(later.report.unmapped.map((u) => u.path)).not.toContain('answers[0].lock_version');
	});

	it('writes the labels it makes up in the importer’s language', () => {
		const en = parseForeignText(fixture('cnil-pia-2018.json'), 'cnil', { ...nl, locale: 'en' });
		expect(en.doc.versions[0]!.risks[0]!.title).toBe('Illegitimate access to data');
	});

	it('gives the same file the same source id, so a second import is seen as a duplicate', () => {
		const again = parseForeignText(fixture('cnil-pia-2018.json'), 'cnil', nl);
		expect(again.doc.assessment.id).toBe(doc.assessment.id);
		expect(parseForeignText(fixture('cnil-pia-2021.json'), 'cnil', nl).doc.assessment.id).not.toBe(doc.assessment.id);
	});
});

describe('PAR DPIA output → DPIA', () => {
	const { doc, report } = parseForeignText(fixture('par-dpia-3.0.json'), 'par', nl);
	const version = doc.versions[0]!;
	const section = (id: string) => version.answers.find((a) => a.sectionId === id)?.answers as Record<string, unknown> | undefined;

	it('names the processing after the file and carries the text answers over', () => {
		expect(exportSchema.safeParse(doc).success).toBe(true);
		expect(doc.processing.name).toBe('Toetsrijk');
		expect(section('1')).toEqual({ '1.1': 'Invoering van het digitale toetsplatform Toetsrijk voor groep 3 tot en met 8.' });
		expect(section('18')).toEqual({ '18.1': 'Het platform kan worden ingevoerd met de genoemde maatregel.' });
		expect(section('3')).toEqual({
			items: [
				{ id: 'par-3-1-0', answers: { '3.1': 'Afnemen van toetsen', '3.2': 'Leerlingen maken de toets op een tablet; de scores gaan naar het leerlingvolgsysteem.' } },
				{ id: 'par-3-1-1', answers: { '3.1': 'Rapportage aan ouders' } }
			]
		});
	});

	it('places each risk on our scale and links the measures that name it', () => {
		expect(version.risks.map((r) => [r.title, r.likelihood, r.severity, r.fearedEvent])).toEqual([
			['Scores worden zichtbaar voor andere ouders', 2, 3, 'other_harm'],
			['Platform onbereikbaar tijdens toetsweek', 1, 1, 'other_harm']
		]);
		expect(version.risks[0]!.origin).toBe('Verkeerde rechten in het platform');
		expect(version.measures).toHaveLength(1);
		expect(version.measures[0]).toMatchObject({ title: 'Rechten per klas laten controleren door de ICT-coördinator', owner: 'ICT-coördinator', riskIds: [version.risks[0]!.id] });
	});

	it('lists what has no place in our DPIA', () => {
		const paths = report.unmapped.map((u) => u.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'metadata.createdBy.name',
				'metadata.completedTasks',
				'answers["0"].value',
				'answers["2.1"][0]["2.1.1"].value',
				'answers["3.1"][0]["3.1.3"].value',
				'answers["16.1"][0]["16.1.7"].value',
				'answers["17.1"][0]["17.1.4"].value',
				'answers["19.2"].value'
			])
		);
		expect(report.unmapped.find((u) => u.path === 'answers["16.1"][0]["16.1.7"].value')).toEqual({ path: 'answers["16.1"][0]["16.1.7"].value', hint: 'PAR 16.1.7', value: 'hoog' });
		expect(paths).not.toContain('answers["1.1"].value');
		expect(paths).not.toContain('answers["17.1"][0]["17.1.1"].value');
	});
});

describe('files that are not what they claim are refused with the place and the reason', () => {
	const cnil = () => JSON.parse(fixture('cnil-pia-2018.json'));
	const par = () => JSON.parse(fixture('par-dpia-3.0.json'));

	it('refuses a file of the other kind, or of another version', () => {
		expect(refusal(() => parseForeignText(fixture('par-dpia-3.0.json'), 'cnil', nl))).toEqual(['This file is not a CNIL PIA file: the fields that format always has are missing.']);
		expect(refusal(() => parseForeignText(fixture('cnil-pia-2018.json'), 'par', nl))).toEqual(['This file is not a PAR DPIA 3.0 file: the fields that format always has are missing.']);
		const other = par();
		other.metadata.urn = 'urn:nl:prescan:2.0';
		expect(refusal(() => parseForeignText(JSON.stringify(other), 'par', nl))).toEqual(['metadata.urn: This file is for "urn:nl:prescan:2.0"; only urn:nl:dpia:3.0 can be imported.']);
	});

	it('refuses wrong types in the fields the mapping reads', () => {
		const file = cnil();
		file.answers[14].data.gauge = '3';
		file.measures = 'none';
		expect(refusal(() => parseForeignText(JSON.stringify(file), 'cnil', nl))).toEqual(['answers[14].data.gauge: must be a number', 'measures: must be a list']);
		const output = par();
		output.answers['16.1'][0]._index = -1;
		output.answers['1.1'] = { value: 12, lastEditedAt: '2025-11-03T14:00:00.000Z' };
		output.answers['not a task'] = { value: 'x', lastEditedAt: '2025-11-03T14:00:00.000Z' };
		const reasons = refusal(() => parseForeignText(JSON.stringify(output), 'par', nl));
		expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^answers\["not a task"\]: /), expect.stringMatching(/^answers\["1\.1"\]\.value: /)]));
		expect(reasons.some((r) => r.startsWith('answers["16.1"][0]._index: '))).toBe(true);
	});

	it('names the field of the file when a value is too long for our field', () => {
		const file = cnil();
		file.pia.name = 'K'.repeat(600);
		file.answers[13].data.text = 'x'.repeat(6000);
		const reasons = refusal(() => parseForeignText(JSON.stringify(file), 'cnil', nl));
		expect(reasons).toEqual(['pia.name: too long: at most 200 characters', 'answers[13].data.text: too long: at most 5000 characters']);
	});

	it('refuses a file that is too large, too deep, not JSON, or carries a NUL character', () => {
		expect(refusal(() => parseForeignText(`{"pia": {"name": "${'x'.repeat(9 * 1024 * 1024)}"}, "answers": []}`, 'cnil', nl))[0]).toMatch(/larger than 8 MB/);
		expect(refusal(() => parseForeignText(`{"pia": {"name": "x"}, "answers": ${'['.repeat(40)}${']'.repeat(40)}}`, 'cnil', nl))[0]).toMatch(/nested deeper than 32 levels/);
		expect(refusal(() => parseForeignText(fixture('par-dpia-3.0.json').slice(0, 500), 'par', nl))).toEqual(['This is not valid JSON.']);
		const file = par();
		file.answers['18'].value = 'a\u0000b';
		expect(refusal(() => parseForeignText(JSON.stringify(file), 'par', nl))).toEqual([expect.stringMatching(/^answers\["18"\]\.value: /)]);
	});
});

describe('text helpers', () => {
	it('turns editor HTML into plain text', () => {
		expect(plainText('<p>Een&nbsp;<b>vet</b> woord</p><ul><li>een</li><li>twee &amp; drie</li></ul>x&#0;y&#233;')).toBe('Een vet woord\n- een\n- twee & drie\n\nxyé');
	});
	it('cuts a title at a word', () => {
		expect(titleOf('kort', 10)).toBe('kort');
		expect(titleOf('een lange titel die niet past', 16)).toBe('een lange titel…');
	});
});

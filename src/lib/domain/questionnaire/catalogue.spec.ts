import { describe, expect, it } from 'vitest';
import type { Localized } from '../catalogue/i18n';
import { isOptionListId } from '../catalogue/options';
import { optionsOf, questionById, questions, sectionById, sections, takesDocuments } from './catalogue';
import { ANSWER_TYPES, DETAIL_TYPES, type Condition } from './types';

const filled = (t: Localized | undefined) => Boolean(t && t.nl.trim() && t.en.trim());

/**
 * Spec §4 as printed: id, (main) type and R/C/O per question. Compound types ("SC + TXT") list the first
 * part; "auto" questions list the type the tool fills in. §16 and §17 are the record fields 16.1–16.7 and
 * 17.1–17.7; the closing sections 18–20 spell out the spec's summary row. "LONG+FILE" is a written answer
 * that also takes uploaded documents (8.4).
 */
const SPEC = `
0.1 TXT R|0.2 LONG R|0.3 SC R|0.4 MC R|0.5 MC R|0.6 SC R|0.7 LONG C
1.1 LONG R|1.2 LONG R|1.3 LONG O|1.4 FILE O
2.1 MC R|2.2 REF R|2.3 SC R|2.4 TXT R|2.5 SC R
3.1 TXT R|3.2 LONG R|3.3 REF R|3.4 LONG O
4.1 MC R|4.2 LONG C|4.3 SC C|4.4 BOOL R
5.1 MC R|5.2 BOOL R|5.3 SC R
6.1 TXT R|6.2 MC R|6.3 TXT R|6.4 SC C|6.5 FILE C
7.1 LONG R|7.2 MC R|7.3 LONG C|7.4 LONG C
8.1 SC R|8.2 SC C|8.3 BOOL R|8.4 LONG+FILE C
9.1 LIST R|9.2 MC R|9.3 MC O
10.1 PERIOD R|10.2 LONG R|10.3 TXT R|10.4 SC R
11.1 SC R|11.2 LONG R|11.3 MC C|11.4 LONG C
12.1 MC R|12.2 SC C|12.3 TXT C|12.4 TXT C
13.1 BOOL R|13.2 SC C|13.3 LONG C
14.1 LONG R|14.2 LONG R|14.3 SC R
15.1 SC R|15.2 LONG C|15.3 TXT C|15.4 TXT R
16.1 LONG R|16.2 TXT R|16.3 SC R|16.4 SC R|16.5 SC R|16.6 SC O|16.7 BOOL R
17.1 REF R|17.2 LONG R|17.3 SC R|17.4 TXT R|17.5 SC R|17.6 LONG C|17.7 LONG C
18.1 LONG R
19.1 DATE R|19.2 SC R|19.3 LONG R|19.4 LONG C
20.1 DATE R|20.2 SC R|20.3 LONG R|20.4 DATE R`
	.trim()
	.split(/\s*[|\n]\s*/)
	.map((row) => row.split(' '));

const REQ = { R: 'required', C: 'conditional', O: 'optional' } as const;

function referencedQuestions(condition: Condition): string[] {
	if ('any' in condition) return condition.any.flatMap(referencedQuestions);
	if ('all' in condition) return condition.all.flatMap(referencedQuestions);
	return [condition.question];
}

describe('questionnaire catalogue', () => {
	it('has sections 0–20 in order, LIST sections repeatable', () => {
		expect(sections.map((s) => s.id)).toEqual(Array.from({ length: 21 }, (_, i) => String(i)));
		expect(sections.filter((s) => s.repeatable).map((s) => s.id)).toEqual(['2', '3', '6', '16', '17']);
		expect(sections.map((s) => s.part).join(' ')).toBe('intake A A A A A A A A A A B B B B B C D closing closing closing');
	});

	it('holds exactly the questions of spec §4, with their types and R/C/O', () => {
		expect(questions.map((q) => [q.id, q.attachments ? `${q.type}+FILE` : q.type, q.requirement])).toEqual(SPEC.map(([id, type, req]) => [id, type, REQ[req as keyof typeof REQ]]));
	});

	it('takes documents at exactly the spec’s FILE questions, 8.4 beside its written answer', () => {
		expect(questions.filter((q) => takesDocuments(q)).map((q) => q.id)).toEqual(['1.4', '6.5', '8.4']);
		expect([takesDocuments('8.4'), takesDocuments('8.3'), takesDocuments('9.9')]).toEqual([true, false, false]);
	});

	it('gives every question a unique id inside its own section', () => {
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
		for (const section of sections) for (const q of section.questions) expect(q.id.startsWith(`${section.id}.`), q.id).toBe(true);
		for (const q of questions) expect(ANSWER_TYPES).toContain(q.type);
	});

	it('has Dutch and English text for every title, label, help text, detail and option', () => {
		for (const s of sections) expect(filled(s.title), `section ${s.id}`).toBe(true);
		for (const q of questions) {
			expect(filled(q.label) && filled(q.help), q.id).toBe(true);
			if (q.detail) expect(filled(q.detail.label), `${q.id} detail`).toBe(true);
			for (const option of [...optionsOf(q), ...(q.rows ?? [])]) expect(filled(option.label), `${q.id} ${option.id}`).toBe(true);
		}
	});

	it('keeps help texts to one sentence', () => {
		for (const q of questions)
			for (const text of [q.help.nl, q.help.en]) {
				expect(text, q.id).toMatch(/[.?!]$/);
				expect(text, q.id).not.toMatch(/[.?!]\s+\p{Lu}/u);
			}
	});

	it('names only option lists that exist, and gives every choice question options', () => {
		for (const q of questions) {
			const source = q.options;
			if (source && 'list' in source) expect(isOptionListId(source.list), `${q.id} ${source.list}`).toBe(true);
			if (q.type === 'SC' || q.type === 'MC') expect(optionsOf(q).length, q.id).toBeGreaterThan(1);
			else if (q.type !== 'PERIOD') expect(source, q.id).toBeUndefined();
			const ids = optionsOf(q).map((o) => o.id);
			expect(new Set(ids).size, q.id).toBe(ids.length);
		}
	});

	it('points references and conditions at questions or sections that exist', () => {
		for (const q of questions) {
			for (const target of [q.refersTo, q.detail?.refersTo].filter((t) => t !== undefined)) {
				expect(Boolean(questionById(target) ?? sectionById(target)), `${q.id} → ${target}`).toBe(true);
			}
			if (q.type === 'REF') expect(q.refersTo, q.id).toBeDefined();
			if (q.detail) expect(DETAIL_TYPES).toContain(q.detail.type);
			if (q.when) for (const id of referencedQuestions(q.when)) expect(questionById(id), `${q.id} reads ${id}`).toBeDefined();
		}
	});

	it('gives a condition to exactly the conditional questions', () => {
		for (const q of questions) expect(q.when !== undefined, q.id).toBe(q.requirement === 'conditional');
	});

	it('finds questions and sections by id, and nothing for unknown ids', () => {
		expect(questionById('2.3')?.label.nl).toBe('Soort gegeven');
		expect(questionById('2.9')).toBeUndefined();
		expect(sectionById('8')?.title.en).toBe('Locations');
		expect(sectionById('21')).toBeUndefined();
	});
});

describe('questions filled from the pre-scan', () => {
	it('say so once, in their own help, in both languages (the form adds no second line of its own)', () => {
		const prefilled = questions.filter((q) => q.prefill === 'prescan');
		expect(prefilled.map((q) => q.id)).toEqual(['0.5', '0.6']);
		for (const q of prefilled) {
			expect(q.help?.nl, q.id).toMatch(/pre-scan/);
			expect(q.help?.en, q.id).toMatch(/pre-scan/);
			expect(q.help?.nl.match(/pre-scan/g), q.id).toHaveLength(1);
		}
	});
});

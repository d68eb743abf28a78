import { describe, expect, it } from 'vitest';
import { LOCALES } from '../catalogue/i18n';
import { optionsOf, questionById, sectionById, sections } from './catalogue';
import { dataClassesPresent } from './computed';
import { conditionTargets } from './conditions';
import { questionnairePage } from './page';
import { sampleAnswer, sampleAnswers } from './sample';
import type { Answers, Question } from './types';
import { answersRead, pageLookup, uploadQuestions } from './view';
import { isVisible } from './visibility';

/** Answers that give one question each of its possible values, stored where the catalogue keeps them. */
function variants(target: Question): Answers[] {
	const values: unknown[] = [undefined, true, false, sampleAnswer(target), ...optionsOf(target).flatMap((o) => [o.id, [o.id]])];
	const wrap = (v: unknown) => (target.detail ? { value: v, detail: 'x' } : v);
	return values.map((v) =>
		sectionById(target.sectionId)!.repeatable ? { [target.sectionId]: [{ id: 'i1', answers: { [target.id]: wrap(v) } }] } : { [target.id]: wrap(v) }
	);
}

describe('a section page sent to the browser', () => {
	it('shows the same questions as the catalogue, for every value a condition reads', () => {
		let compared = 0;
		for (const section of sections) {
			const page = questionnairePage(section.id, 'nl')!;
			const lookup = pageLookup(page);
			for (const [index, question] of section.questions.entries()) {
				for (const id of conditionTargets(question.when)) {
					for (const answers of variants(questionById(id)!)) {
						const item = section.repeatable ? ((answers[section.id] as { answers: Answers }[] | undefined)?.[0]?.answers ?? {}) : undefined;
						expect(lookup.isVisible(page.section.questions[index]!, answers, item), `${question.id} on ${id}`).toBe(isVisible(question, answers, item));
						compared++;
					}
				}
			}
		}
		expect(compared).toBeGreaterThan(50);
	});

	it('knows every question and list its conditions and REFs name', () => {
		for (const section of sections) {
			const lookup = pageLookup(questionnairePage(section.id, 'en')!);
			for (const question of section.questions) {
				for (const id of conditionTargets(question.when)) expect(lookup.question(id), `${question.id} → ${id}`).toBeDefined();
				for (const ref of [question.refersTo, question.detail?.refersTo].filter((r) => r !== undefined)) {
					const known = questionById(ref) ? lookup.question(ref) : lookup.firstQuestion(ref);
					expect(known, `${question.id} → ${ref}`).toBeDefined();
				}
			}
		}
	});

	it('carries texts and options in the reader’s language only', () => {
		for (const locale of LOCALES) {
			const page = questionnairePage('2', locale)!;
			const source = sectionById('2')!;
			expect(page.section.title).toBe(source.title[locale]);
			expect(page.outline.map((s) => s.id)).toEqual(sections.map((s) => s.id));
			for (const [index, question] of source.questions.entries()) {
				const view = page.section.questions[index]!;
				expect([view.label, view.help]).toEqual([question.label[locale], question.help[locale]]);
				expect(view.options).toEqual(optionsOf(question).map((o) => ({ id: o.id, label: o.label[locale] })));
			}
		}
		expect(JSON.stringify(questionnairePage('2', 'en'))).not.toContain('Persoonsgegevens');
	});

	it('is unknown for a section that does not exist', () => {
		expect(questionnairePage('99', 'nl')).toBeUndefined();
	});

	it('is built once per section and language, and frozen so no page can change the shared view', () => {
		const page = questionnairePage('2', 'nl')!;
		expect(questionnairePage('2', 'nl')).toBe(page);
		expect(questionnairePage('2', 'en')).not.toBe(page);
		expect(questionnairePage('3', 'nl')).not.toBe(page);
		expect(() => ((page.section.questions[0] as { label: string }).label = 'x')).toThrow(TypeError);
	});

	it('is sent only the answers it reads: its conditions decide, its REFs choose and 12.1 counts as with all of them', () => {
		const all = sampleAnswers();
		// where an answer is kept: a list's under its section, any other under its question
		const keyOf = (id: string) => {
			const question = questionById(id);
			return question && sectionById(question.sectionId)!.repeatable ? question.sectionId : id;
		};
		let sent = 0;
		for (const section of sections) {
			const page = questionnairePage(section.id, 'nl')!;
			const lookup = pageLookup(page);
			const read = answersRead(page, all);
			sent += Object.keys(read).length;
			for (const [index, question] of section.questions.entries()) {
				for (const id of conditionTargets(question.when)) {
					for (const variant of variants(questionById(id)!)) {
						const full = { ...all, ...variant };
						const item = section.repeatable ? ((full[section.id] as { answers: Answers }[] | undefined)?.[0]?.answers ?? {}) : undefined;
						expect(lookup.isVisible(page.section.questions[index]!, answersRead(page, full), item), `${question.id} on ${id}`).toBe(isVisible(question, full, item));
					}
				}
				for (const ref of [question.refersTo, question.detail?.refersTo].filter((r) => r !== undefined)) {
					expect(read[keyOf(ref)], `${question.id} picks from ${ref}`).toEqual(all[keyOf(ref)]);
				}
				if (question.prefill === 'computed') expect(dataClassesPresent(read)).toEqual(dataClassesPresent(all));
			}
			const own = section.repeatable ? [section.id] : section.questions.map((q) => q.id);
			for (const key of own) expect(read[key], `${section.id}: ${key}`).toEqual(all[key]);
		}
		expect(dataClassesPresent(all).length).toBeGreaterThan(0);
		// every section's page together is sent far fewer answers than every page sent all of them
		expect(sent).toBeLessThan((sections.length * Object.keys(all).length) / 4);
	});
});

describe('the questions of a section page that show an upload', () => {
	const page = questionnairePage('8', 'nl')!;
	const lookup = pageLookup(page);

	it('follow the answers: 8.4 takes its DTIA once 8.3 says foreign law applies, and keeps taking one while it has documents', () => {
		expect(uploadQuestions(page.section, lookup, {}, [])).toEqual([]);
		expect(uploadQuestions(page.section, lookup, { '8.3': true }, [])).toEqual(['8.4']);
		expect(uploadQuestions(page.section, lookup, { '8.3': false }, [])).toEqual([]);
		expect(uploadQuestions(page.section, lookup, { '8.3': false }, ['8.4'])).toEqual(['8.4']);
	});

	it('in a list section are every question that takes documents, whatever an item answered', () => {
		const list = questionnairePage('6', 'nl')!;
		expect(uploadQuestions(list.section, pageLookup(list), {}, [])).toContain('6.5');
	});
});

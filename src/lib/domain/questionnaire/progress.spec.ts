import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionById, sectionById, sections } from './catalogue';
import { dataClassesPresent } from './computed';
import { assessmentProgress, flattenSectionAnswers, missingRequired, sectionProgress } from './progress';
import { sampleAnswer, sampleAnswers } from './sample';
import type { Answers, ListItem } from './types';

const section = (id: string) => sectionById(id)!;
const withItem = (answers: Answers, sectionId: string, change: (item: Record<string, unknown>) => void): Answers => {
	const [item] = answers[sectionId] as ListItem[];
	const own = { ...item!.answers };
	change(own);
	return { ...answers, [sectionId]: [{ id: item!.id, answers: own }] };
};

/** Questions asked whatever else is answered, in the sections kept as plain answers. */
const alwaysAsked = sections
	.filter((s) => s.recordedIn === 'answers')
	.flatMap((s) => s.questions.filter((q) => q.requirement === 'required' && q.prefill !== 'computed'));

describe('progress', () => {
	it('lists every always-asked question as open for an empty DPIA, and nothing else', () => {
		const open = missingRequired({});
		expect(open).toEqual(alwaysAsked.map((q) => q.id));
		expect(open).toEqual(expect.arrayContaining(['0.1', '2.1', '15.1', '18.1']));
		for (const id of ['1.3', '0.7', '12.1', '16.1', '17.1', '19.1', '20.2']) expect(open).not.toContain(id);
	});

	it('has nothing open once every question has a valid answer', () => {
		expect(missingRequired(sampleAnswers())).toEqual([]);
	});

	it('reports exactly the one question whose answer is taken away', () => {
		const complete = sampleAnswers();
		fc.assert(
			fc.property(fc.constantFrom(...alwaysAsked), (question) => {
				const answers = section(question.sectionId).repeatable
					? withItem(complete, question.sectionId, (item) => delete item[question.id])
					: { ...complete, [question.id]: undefined };
				expect(missingRequired(answers)).toEqual([question.id]);
			})
		);
	});

	it('counts an invalid answer as open', () => {
		expect(missingRequired({ ...sampleAnswers(), '0.3': 'nieuw' })).toEqual(['0.3']);
	});

	it('requires a conditional question only when it is shown', () => {
		const nobody = { ...sampleAnswers(), '7.2': ['nobody'], '7.4': '' };
		expect(missingRequired(nobody)).toEqual(['7.4']);
		expect(missingRequired({ ...sampleAnswers(), '7.2': ['gmr'], '7.4': '' })).toEqual([]);
		const perParty = withItem(sampleAnswers(), '6', (item) => {
			item['6.2'] = ['processor'];
			delete item['6.4'];
		});
		expect(missingRequired(perParty)).toEqual(['6.4']);
	});

	it('counts answered and required questions per section, per item in a list', () => {
		expect(sectionProgress(section('0'), {})).toEqual({ answered: 0, required: 6 });
		expect(sectionProgress(section('0'), { '0.1': 'Snappet', '0.2': 12 })).toEqual({ answered: 1, required: 6 });
		expect(sectionProgress(section('0'), { '0.6': { value: 'not_required', detail: 'x' } })).toEqual({ answered: 1, required: 7 });
		expect(sectionProgress(section('2'), {})).toEqual({ answered: 0, required: 5 });
		const full = Object.fromEntries(section('2').questions.map((q) => [q.id, sampleAnswer(q)]));
		const items = [
			{ id: 'a', answers: full },
			{ id: 'b', answers: { '2.1': ['medical'] } }
		];
		expect(sectionProgress(section('2'), { '2': items })).toEqual({ answered: 6, required: 10 });
	});

	it('reads answers stored per section, with list items under "items", and ignores strays', () => {
		const stored = {
			'0': { '0.1': 'Snappet', '2.4': 'not here', '0.99': 'unknown' },
			'2': { items: [{ id: 'd1', answers: { '2.3': 'bijzonder' } }] },
			'16': { items: 'broken' }
		};
		const flat = flattenSectionAnswers(stored);
		expect(flat).toEqual({ '0.1': 'Snappet', '2': [{ id: 'd1', answers: { '2.3': 'bijzonder' } }], '16': [] });
		const progress = assessmentProgress(stored);
		expect(progress.sections).toHaveLength(21);
		expect(progress.sections[0]).toEqual({ sectionId: '0', answered: 1, required: 6 });
		expect(progress.missingRequired.map((m) => m.questionId)).not.toContain('0.1');
		expect(progress.missingRequired).toContainEqual({ sectionId: '12', questionId: '12.2', label: questionById('12.2')!.label });
	});

	it('derives the classes of data present from §2 (question 12.1)', () => {
		const items = ['bijzonder', 'gewoon', 'bijzonder', 'strafrechtelijk'].map((c, i) => ({ id: `d${i}`, answers: { '2.3': c } }));
		expect(dataClassesPresent({ '2': items })).toEqual(['gewoon', 'bijzonder', 'strafrechtelijk']);
		expect(dataClassesPresent({})).toEqual([]);
	});
});

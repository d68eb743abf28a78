import { describe, expect, it } from 'vitest';
import { answerText } from './answer-text';
import { questionById } from './questionnaire/catalogue';

const q = (id: string) => {
	const found = questionById(id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

describe('answerText', () => {
	it('shows option labels instead of ids, in the asked language', () => {
		expect(answerText('new', q('0.3'), 'nl')).toBe('Nieuwe verwerking');
		expect(answerText('new', q('0.3'), 'en')).toBe('New processing');
		expect(answerText(['profiling', 'cloud'], q('4.1'), 'nl')).toBe('Profilering, Cloud');
	});

	it('writes yes and no, and leaves blank answers blank', () => {
		expect(answerText(true, q('4.4'), 'nl')).toBe('Ja');
		expect(answerText(false, q('4.4'), 'en')).toBe('No');
		expect(answerText('  ', q('1.1'), 'nl')).toBe('');
		expect(answerText([], q('4.1'), 'nl')).toBe('');
	});

	it('puts a compound answer’s detail after its main value, with counts per option', () => {
		expect(answerText({ value: 'mandatory', detail: 'AP-15' }, q('0.6'), 'nl')).toMatch(/^Verplicht \(.+: AP-15\)$/);
		expect(answerText({ value: ['leerling_lt16'], detail: { leerling_lt16: 120 } }, q('0.4'), 'nl')).toMatch(/Leerlingen jonger dan 16 \(.+: Leerlingen jonger dan 16: 120\)/);
	});

	it('writes a period with its unit and start event', () => {
		expect(answerText({ amount: 2, unit: 'year', start: 'na vertrek van de leerling' }, q('10.1'), 'nl')).toBe('2 jaar, na vertrek van de leerling');
		expect(answerText({ amount: 1, unit: 'month', start: '' }, q('10.1'), 'en')).toBe('1 month');
	});

	it('names each row of a per-row question', () => {
		expect(answerText({ access: 'yes', erasure: 'no' }, q('15.1'), 'nl')).toBe('Inzage: Ja; Wissen: Nee');
	});

	it('names what a reference picks: an option of the question it refers to, or a list item by its first answer', () => {
		expect(answerText(['leerling_lt16'], q('2.2'), 'nl')).toBe('Leerlingen jonger dan 16');
		const context = { '2': [{ id: 'item-a', answers: { '2.1': ['pupil_number'] } }] };
		expect(answerText(['item-a'], q('3.3'), 'nl', context)).toBe('Leerlingnummer');
		expect(answerText(['item-a', 'item-gone'], q('3.3'), 'en', context)).toBe('Pupil number, item-gone');
	});

	it('still shows a value whose question is unknown', () => {
		expect(answerText('iets', undefined, 'nl')).toBe('iets');
		expect(answerText({ a: 1 }, undefined, 'nl')).toBe('a: 1');
	});
});

import { describe, expect, it } from 'vitest';
import { answerOrigins, modelAnswers, openInventory, sameValue } from './attribution';

describe('model answer attribution', () => {
	const model = modelAnswers({ '5': { '5.3': 'no', '5.1': { value: ['education'] } }, '2': { items: [{ id: 'a', answers: { '2.4': 'x' } }] } });

	it('keys plain answers by question and a list section as a whole', () => {
		expect(model.map((a) => a.key)).toEqual(['2', '5.3', '5.1']) // integer-like keys come first in a JS object;
	});

	it('keeps an untouched answer the model’s, whatever the key order, and tells a changed one with and without a reason', () => {
		const stored = { '5': { '5.1': { value: ['education'] }, '5.3': 'yes' }, '2': { items: [{ answers: { '2.4': 'x' }, id: 'a' }] } };
		const origins = answerOrigins(model, stored, { '5.3': { reason: 'Onze leverancier wel' } });
		expect(origins.map((o) => o.state)).toEqual(['model', 'changed', 'model']);
		expect(answerOrigins(model, stored, {}).map((o) => o.state)).toEqual(['model', 'unexplained', 'model']);
		expect(answerOrigins(model, stored, { '5.3': { reason: '  ' } })[1]!.state).toBe('unexplained');
	});

	it('counts what is still open', () => {
		const items = [
			{ kind: 'risk', decision: null },
			{ kind: 'risk', decision: 'applies' },
			{ kind: 'school_measure', decision: null },
			{ kind: 'supplier_measure', decision: null }
		];
		expect(openInventory(items, [{ key: '5.3', sectionId: '5', state: 'unexplained' }])).toEqual({ risks: 1, measures: 1, answers: 1, total: 3 });
	});

	it('compares values structurally', () => {
		expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
		expect(sameValue([1, 2], [2, 1])).toBe(false);
		expect(sameValue(undefined, null)).toBe(true);
	});
});

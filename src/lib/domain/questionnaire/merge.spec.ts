import { describe, expect, it } from 'vitest';
import { sectionById } from './catalogue';
import { answerChanges, canonical, planSectionSave, recordItems, sameValue } from './merge';

const section = (id: string) => sectionById(id)!;
const period = { amount: 2, unit: 'year', start: 'na vertrek van de leerling' };

describe('planSectionSave', () => {
	it('keeps valid answers and drops a conditional question whose condition no longer holds', () => {
		const submitted = { '4.1': ['none'], '4.2': 'Uitleg over profilering', '4.4': false };
		const { record, issues } = planSectionSave(section('4'), submitted, {});
		expect(record).toEqual({ '4.1': ['none'], '4.4': false });
		expect(issues).toEqual([]);
	});

	it('keeps a conditional answer while its condition holds', () => {
		const submitted = { '4.1': ['profiling'], '4.2': 'Uitleg', '4.3': 'human', '4.4': true };
		expect(planSectionSave(section('4'), submitted, {}).record).toEqual(submitted);
	});

	it('reports an invalid answer and keeps the stored one instead', () => {
		const stored = { '10.1': period, '10.3': 'Administratie' };
		const submitted = { '10.1': { ...period, amount: 0 }, '10.3': 'IBP-coördinator' };
		const { record, issues } = planSectionSave(section('10'), submitted, { '10': stored });
		expect(issues).toEqual([{ questionId: '10.1', code: 'out_of_range', kept: false }]);
		expect(record).toEqual({ '10.1': period, '10.3': 'IBP-coördinator' });
	});

	it('marks an invalid answer that is already stored as kept: nothing typed is lost', () => {
		const incomplete = { value: ['ouder'], detail: {} };
		const { record, issues } = planSectionSave(section('0'), { '0.1': 'Snappet', '0.4': { value: ['ouder'] } }, { '0': { '0.4': incomplete } });
		expect(issues).toEqual([{ questionId: '0.4', code: 'missing_detail', kept: true }]);
		expect(record).toEqual({ '0.1': 'Snappet', '0.4': incomplete });
	});

	it('stores nothing for an invalid answer that had no stored value, and nothing for blanks', () => {
		const { record, issues } = planSectionSave(section('10'), { '10.1': { ...period, unit: 'decade' }, '10.2': '   ' }, {});
		expect(record).toEqual({});
		expect(issues.map((i) => i.code)).toEqual(['unknown_option']);
	});

	it('never stores the computed classes of 12.1, and judges 12.2 by the data items of §2', () => {
		const items = [{ id: 'gezondheid', answers: { '2.3': 'bijzonder' } }];
		const submitted = { '12.1': ['bijzonder'], '12.2': 'a' };
		const withSpecial = planSectionSave(section('12'), submitted, { '2': { items } });
		expect(Object.keys(withSpecial.record)).toEqual(['12.2']);
		const withoutSpecial = planSectionSave(section('12'), submitted, { '2': { items: [{ id: 'naam', answers: { '2.3': 'gewoon' } }] } });
		expect(withoutSpecial.record).toEqual({});
	});

	it('checks each list item on its own answers and reports issues with the item id', () => {
		const submitted = {
			items: [
				{ id: 'leverancier', answers: { '6.1': 'Snappet BV', '6.2': ['processor'], '6.4': 'member_model_signed' } },
				{ id: 'school', answers: { '6.1': 'De school', '6.2': ['controller'], '6.4': 'member_model_signed' } },
				{ id: 'duo', answers: { '6.1': 'DUO', '6.2': ['onzin'] } }
			]
		};
		const { record, issues } = planSectionSave(section('6'), submitted, {});
		expect(record.items).toEqual([
			{ id: 'leverancier', answers: submitted.items[0]!.answers },
			{ id: 'school', answers: { '6.1': 'De school', '6.2': ['controller'] } },
			{ id: 'duo', answers: { '6.1': 'DUO' } }
		]);
		expect(issues).toEqual([{ questionId: '6.2', itemId: 'duo', code: 'unknown_option', kept: false }]);
	});

	it('ignores malformed and repeated items', () => {
		const items = [{ id: 'a', answers: {} }, { id: 'a', answers: { '3.1': 'x' } }, { id: 'bad id!', answers: {} }, 'nonsense', { id: 'b' }];
		expect(recordItems({ items }).map((i) => i.id)).toEqual(['a']);
	});
});

describe('answerChanges', () => {
	it('lists each changed question with its old and new value', () => {
		const changes = answerChanges(section('10'), { '10.1': period, '10.3': 'A' }, { '10.1': { start: period.start, unit: 'year', amount: 2 }, '10.3': 'B', '10.2': 'Nieuw' });
		expect(changes).toEqual([
			{ questionId: '10.2', before: null, after: 'Nieuw' },
			{ questionId: '10.3', before: 'A', after: 'B' }
		]);
	});

	it('names the item for list sections, including removed and added items', () => {
		const before = { items: [{ id: 'a', answers: { '3.1': 'Toets' } }] };
		const after = { items: [{ id: 'b', answers: { '3.1': 'Rapport' } }] };
		expect(answerChanges(section('3'), before, after)).toEqual([
			{ questionId: '3.1', itemId: 'a', before: 'Toets', after: null },
			{ questionId: '3.1', itemId: 'b', before: null, after: 'Rapport' }
		]);
	});

	it('compares regardless of key order', () => {
		expect(canonical({ b: 1, a: [{ y: 2, x: 1 }] })).toBe('{"a":[{"x":1,"y":2}],"b":1}');
		expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
	});
});

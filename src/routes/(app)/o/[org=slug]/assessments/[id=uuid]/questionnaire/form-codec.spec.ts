import { describe, expect, it } from 'vitest';
import { decodeSection, encodeSection, number } from '$lib/components/questionnaire/codec';
import { conflictRows } from '$lib/components/questionnaire/conflict';
import { readDraft, splitControls } from '$lib/components/questionnaire/fields';
import { withItem, withoutItem } from '$lib/components/questionnaire/items';
import { sectionById, sections, validateAnswer } from '$lib/domain/questionnaire/api';
import { questionnairePage } from '$lib/domain/questionnaire/page';
import { pageLookup } from '$lib/domain/questionnaire/view';
import { sampleSectionAnswers } from '$lib/server/testing/sample-answers';

const section = (id: string) => sectionById(id)!;

function formData(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

describe('questionnaire form codec', () => {
	it('turns every stored section into form values and back without loss', () => {
		const stored = sampleSectionAnswers();
		// the sample answers every detail; 2.5's and 8.1's are only asked for some answers
		stored['8']!['8.1'] = { value: 'outside_eea', detail: 'Verenigde Staten' };
		const [dataItem] = stored['2']!.items as { answers: Record<string, unknown> }[];
		dataItem!.answers['2.5'] = { value: 'other_party', detail: 'Via het administratiesysteem' };
		const checked = sections.filter((s) => s.recordedIn === 'answers');
		for (const s of checked) {
			const record = stored[s.id]!;
			const withoutComputed = Object.fromEntries(Object.entries(record).filter(([id]) => id !== '12.1'));
			expect(decodeSection(s, encodeSection(s, record)), `section ${s.id}`).toEqual(withoutComputed);
		}
		expect(checked.length).toBeGreaterThan(10);
	});

	it('reads one ticked box as a list, and a form post as the stored shape', () => {
		const draft = readDraft(section('4'), formData([['4.1', 'cloud'], ['4.4', 'false'], ['expectedRevision', '3']]));
		expect(draft['4.1']).toEqual(['cloud']);
		const { values, expectedRevision } = splitControls(draft);
		expect(expectedRevision).toBe(3);
		expect(decodeSection(section('4'), values)).toEqual({ '4.1': ['cloud'], '4.4': false });
	});

	it('prefers the revision of "keep my version" and treats nonsense as 0', () => {
		expect(splitControls({ expectedRevision: '2', overrideRevision: '5' }).expectedRevision).toBe(5);
		expect(splitControls({ expectedRevision: 'x' }).expectedRevision).toBe(0);
	});

	it('reads numbers as Dutch or English people write them', () => {
		expect([number('1.200', 'nl'), number('3,5', 'nl'), number('3.5', 'nl'), number('1,200', 'en'), number('3.5', 'en')]).toEqual([1200, 3.5, 3.5, 1200, 3.5]);
		expect([number(' ', 'nl'), number('12 jaar', 'nl')]).toEqual([undefined, '12 jaar']);
	});

	it('keeps text that is not a number as text, so validation can say so', () => {
		const record = decodeSection(section('10'), { '10.1:amount': 'twee', '10.1:unit': 'year', '10.1:start': 'na vertrek', '10.1:preset': '' });
		expect(record['10.1']).toMatchObject({ amount: 'twee', unit: 'year' });
		expect(validateAnswer(section('10').questions[0]!, record['10.1'])).toEqual({ ok: false, code: 'wrong_type' });
	});

	it('fills a retention period from the chosen preset when its fields were left blank (no JavaScript)', () => {
		const record = decodeSection(section('10'), { '10.1:amount': '', '10.1:unit': '', '10.1:start': '', '10.1:preset': 'camera' });
		expect(record['10.1']).toEqual({ amount: 4, unit: 'week', start: 'na opname', preset: 'camera' });
	});

	it('keeps a detail only where it is asked, and counts only for chosen groups', () => {
		const draft = { '8.1': 'nl_on_premise', '8.1:detail': 'Duitsland', '8.3': 'false' };
		expect(decodeSection(section('8'), draft)['8.1']).toEqual({ value: 'nl_on_premise' });
		const intake = decodeSection(section('0'), { '0.4': ['ouder'], '0.4:count:ouder': '1.200', '0.4:count:medewerker': '30' });
		expect(intake['0.4']).toEqual({ value: ['ouder'], detail: { ouder: 1200 } });
		const typo = decodeSection(section('0'), { '0.4': ['ouder'], '0.4:count:ouder': 'veel' });
		expect(typo['0.4']).toEqual({ value: ['ouder'], detail: { ouder: 'veel' } });
	});

	it('adds and removes list items in the form, dropping what was typed in a removed one', () => {
		const start = encodeSection(section('3'), { items: [{ id: 'a', answers: { '3.1': 'Toets' } }] });
		const added = withItem(section('3'), start, 'b');
		expect(added.items).toEqual(['a', 'b']);
		expect(added['b~3.3']).toEqual([]);
		const removed = withoutItem({ ...added, 'b~3.1': 'Rapport' }, 'a');
		expect(removed.items).toEqual(['b']);
		expect(Object.keys(removed).some((k) => k.startsWith('a~'))).toBe(false);
		expect(decodeSection(section('3'), removed)).toEqual({ items: [{ id: 'b', answers: { '3.1': 'Rapport' } }] });
	});

	it('lists the answers where two versions differ, in words', () => {
		const yours = { '14.1': 'Mijn tekst', '14.2': 'Zelfde', '14.3': 'pseudonymised', '14.3:detail': 'ECK iD' };
		const stored = { '14.1': 'Hun tekst', '14.2': 'Zelfde', '14.3': 'fewer_fields', '14.3:detail': 'ECK iD' };
		const page = questionnairePage('14', 'nl')!;
		const rows = conflictRows(page.section, yours, stored, {}, pageLookup(page));
		expect(rows.map((r) => r.key)).toEqual(['14.1', '14.3']);
		expect(rows[1]).toMatchObject({ yours: ['Gepseudonimiseerd (bijvoorbeeld ECK iD)', 'Toelichting: ECK iD'] });
		expect(rows[1]!.stored[0]).toBe('Minder velden dan de leverancier vraagt');
	});
});

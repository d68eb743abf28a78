import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { q as question } from './build';
import { questionById, questions } from './catalogue';
import { sampleAnswer } from './sample';
import { isIsoDate, MAX_LONG_TEXT, MAX_TEXT, validateAnswer } from './validation';

const q = (id: string) => questionById(id)!;
const code = (id: string, value: unknown) => {
	const result = validateAnswer(q(id), value);
	return result.ok ? 'ok' : result.code;
};

describe('validateAnswer', () => {
	it('accepts the sample answer of every question', () => {
		for (const question of questions) expect(validateAnswer(question, sampleAnswer(question)), question.id).toEqual({ ok: true });
	});

	it('refuses blanks unless the question is optional', () => {
		for (const blank of [undefined, null, '', '   ', []]) {
			expect(code('0.1', blank)).toBe('required');
			expect(code('1.3', blank)).toBe('ok');
		}
		expect(code('2.5', { value: '', detail: 'x' })).toBe('required');
	});

	it('TXT and LONG: strings within their length', () => {
		expect(code('0.1', 'Snappet')).toBe('ok');
		expect(code('0.1', 42)).toBe('wrong_type');
		expect(code('0.1', 'x'.repeat(MAX_TEXT + 1))).toBe('too_long');
		expect(code('0.2', 'x'.repeat(MAX_TEXT + 1))).toBe('ok');
		expect(code('0.2', 'x'.repeat(MAX_LONG_TEXT + 1))).toBe('too_long');
	});

	it('SC: one known option id', () => {
		expect(code('0.3', 'new')).toBe('ok');
		expect(code('0.3', 'nieuw')).toBe('unknown_option');
		expect(code('0.3', ['new'])).toBe('wrong_type');
		expect(code('11.1', 'f_legitimate_interest')).toBe('ok');
		expect(code('8.2', 'SCC')).toBe('ok');
	});

	it('SC per row: a known answer for every right', () => {
		const rights = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'no_automated_decision', 'objection', 'information'];
		const all = Object.fromEntries(rights.map((r) => [r, 'yes']));
		expect(code('15.1', all)).toBe('ok');
		expect(code('15.1', { ...all, objection: undefined })).toBe('missing_row');
		expect(code('15.1', { ...all, access: 'misschien' })).toBe('unknown_option');
		expect(code('15.1', { ...all, privacy: 'yes' })).toBe('unknown_option');
		expect(code('15.1', 'yes')).toBe('wrong_type');
	});

	it('MC: distinct known ids, from OL lists and from the trigger catalogue', () => {
		expect(code('4.1', ['cloud', 'camera'])).toBe('ok');
		expect(code('4.1', ['cloud', 'cloud'])).toBe('duplicate');
		expect(code('4.1', ['cloud', 'blockchain'])).toBe('unknown_option');
		expect(code('4.1', 'cloud')).toBe('wrong_type');
		expect(code('0.5', ['AP-15', 'C1', 'L-A', 'S-4'])).toBe('ok');
		expect(code('0.5', ['AP-18'])).toBe('unknown_option');
	});

	it('BOOL: true and false are both answers', () => {
		expect(code('4.4', false)).toBe('ok');
		expect(code('4.4', true)).toBe('ok');
		expect(code('4.4', 'ja')).toBe('wrong_type');
	});

	it('DATE: real calendar dates written yyyy-mm-dd', () => {
		expect(code('19.1', '2026-02-28')).toBe('ok');
		expect(code('19.1', '2028-02-29')).toBe('ok');
		expect(code('19.1', '2026-02-30')).toBe('invalid_date');
		expect(code('19.1', '28-02-2026')).toBe('invalid_date');
		expect(code('19.1', 20260228)).toBe('wrong_type');
		fc.assert(
			fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) => {
				expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
			})
		);
	});

	it('NUM: a finite number within the question\'s bounds', () => {
		// no §4 question is a bare NUM (0.4 counts are a detail), so a local question stands in
		const count = question('99.1', 'NUM', 'R', ['Aantal', 'Count'], ['Een getal.', 'A number.'], { min: 0, max: 10_000 });
		const check = (value: unknown) => {
			const result = validateAnswer(count, value);
			return result.ok ? 'ok' : result.code;
		};
		expect([check(0), check(250), check(10_000)]).toEqual(['ok', 'ok', 'ok']);
		expect([check(-1), check(10_001)]).toEqual(['out_of_range', 'out_of_range']);
		expect([check(Number.NaN), check('12')]).toEqual(['wrong_type', 'wrong_type']);
	});

	it('PERIOD: a whole positive amount, a unit, a start event and an optional known preset', () => {
		const period = { amount: 5, unit: 'year', start: 'na vertrek', preset: 'administration' };
		expect(code('10.1', period)).toBe('ok');
		expect(code('10.1', { ...period, amount: 1.5 })).toBe('not_integer');
		expect(code('10.1', { ...period, amount: 0 })).toBe('out_of_range');
		expect(code('10.1', { ...period, unit: 'decade' })).toBe('unknown_option');
		expect(code('10.1', { ...period, start: ' ' })).toBe('required');
		expect(code('10.1', { ...period, preset: 'forever' })).toBe('unknown_option');
		expect(code('10.1', '5 jaar')).toBe('wrong_type');
	});

	it('LIST, REF and FILE: distinct non-blank strings', () => {
		expect(code('9.1', ['AVG', 'WPO art. 8'])).toBe('ok');
		expect(code('9.1', ['AVG', ' '])).toBe('required');
		expect(code('9.1', ['AVG', 'AVG'])).toBe('duplicate');
		expect(code('2.2', ['leerling_lt16'])).toBe('ok');
		expect(code('2.2', [7])).toBe('wrong_type');
		expect(code('1.4', ['file-1'])).toBe('ok');
	});

	it('compound answers: the detail is required where asked, and only there', () => {
		expect(code('2.5', { value: 'data_subject' })).toBe('ok');
		expect(code('2.5', { value: 'other_party' })).toBe('missing_detail');
		expect(code('2.5', { value: 'other_party', detail: 'DUO via BRON, wettelijke plicht' })).toBe('ok');
		expect(code('2.5', 'data_subject')).toBe('wrong_type');
		expect(code('8.1', { value: 'nl_on_premise' })).toBe('ok');
		expect(code('8.1', { value: 'outside_eea' })).toBe('missing_detail');
		expect(code('17.4', { value: 'ICT-coördinator', detail: '2026-13-01' })).toBe('invalid_date');
		expect(code('5.1', { value: ['education'] })).toBe('ok');
	});

	it('counts per subject group: one whole, non-negative number per chosen group', () => {
		expect(code('0.4', { value: ['leerling_lt16', 'ouder'], detail: { leerling_lt16: 300, ouder: 550 } })).toBe('ok');
		expect(code('0.4', { value: ['leerling_lt16', 'ouder'], detail: { leerling_lt16: 300 } })).toBe('missing_detail');
		expect(code('0.4', { value: ['ouder'], detail: { ouder: 550, medewerker: 40 } })).toBe('unknown_option');
		expect(code('0.4', { value: ['ouder'], detail: { ouder: -1 } })).toBe('out_of_range');
		expect(code('0.4', { value: ['ouder'], detail: { ouder: 2.5 } })).toBe('not_integer');
	});
});

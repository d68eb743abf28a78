import { describe, expect, it } from 'vitest';
import { questionById, questions } from './catalogue';
import type { Answers } from './types';
import { isRequired, isVisible } from './visibility';

const q = (id: string) => questionById(id)!;
const shown = (id: string, answers: Answers, item?: Answers) => isVisible(q(id), answers, item);
const dataItems = (...classes: string[]) => ({ '2': classes.map((c, i) => ({ id: `d${i}`, answers: { '2.3': c } })) });

describe('conditional questions', () => {
	it('shows no conditional question before anything is answered, and every other question always', () => {
		for (const question of questions) expect(isVisible(question, {}), question.id).toBe(question.requirement !== 'conditional');
	});

	it('asks for the FG view only when the pre-scan says a DPIA is not required', () => {
		expect(shown('0.7', { '0.6': { value: 'not_required', detail: 'x' } })).toBe(true);
		expect(shown('0.7', { '0.6': { value: 'mandatory', detail: 'x' } })).toBe(false);
	});

	it('explains techniques when any is used, and asks who decides only for deciding techniques', () => {
		expect(shown('4.2', { '4.1': ['cloud'] })).toBe(true);
		expect(shown('4.2', { '4.1': ['none'] })).toBe(false);
		expect(shown('4.3', { '4.1': ['cloud', 'ai_algorithm'] })).toBe(true);
		expect(shown('4.3', { '4.1': ['cloud', 'logging'] })).toBe(false);
	});

	it('asks about the covenant per party, from that party\u2019s own role', () => {
		const answers = { '6': [{ id: 'p1', answers: { '6.2': ['processor'] } }, { id: 'p2', answers: { '6.2': ['recipient'] } }] };
		expect(shown('6.4', answers, answers['6'][0]!.answers)).toBe(true);
		expect(shown('6.4', answers, answers['6'][1]!.answers)).toBe(false);
		expect(shown('6.5', answers, { '6.2': ['controller', 'sub_processor'] })).toBe(true);
	});

	it('asks for the outcome of views sought, or why none were sought (Art. 35(9))', () => {
		expect([shown('7.3', { '7.2': ['gmr'] }), shown('7.4', { '7.2': ['gmr'] })]).toEqual([true, false]);
		expect([shown('7.3', { '7.2': ['nobody'] }), shown('7.4', { '7.2': ['nobody'] })]).toEqual([false, true]);
	});

	it('asks for the transfer mechanism outside the EEA, and for a DTIA also under foreign law', () => {
		const outside = { '8.1': { value: 'outside_eea', detail: 'VS' }, '8.3': false };
		const foreignLaw = { '8.1': { value: 'eea', detail: 'Ierland' }, '8.3': true };
		expect([shown('8.2', outside), shown('8.4', outside)]).toEqual([true, true]);
		expect([shown('8.2', foreignLaw), shown('8.4', foreignLaw)]).toEqual([false, true]);
		expect(shown('8.4', { '8.1': { value: 'nl_on_premise' }, '8.3': false })).toBe(false);
	});

	it('asks for consent conditions or a balancing test by legal basis', () => {
		expect([shown('11.3', { '11.1': 'a_consent' }), shown('11.4', { '11.1': 'a_consent' })]).toEqual([true, false]);
		expect([shown('11.3', { '11.1': 'f_legitimate_interest' }), shown('11.4', { '11.1': 'f_legitimate_interest' })]).toEqual([false, true]);
		expect([shown('11.3', { '11.1': 'e_public_task' }), shown('11.4', { '11.1': 'e_public_task' })]).toEqual([false, false]);
	});

	it('asks for the ground of each special class found in any data item of §2', () => {
		const answers = dataItems('gewoon', 'bijzonder', 'identificatienummer');
		expect(['12.2', '12.3', '12.4'].map((id) => shown(id, answers))).toEqual([true, false, true]);
		expect(['12.2', '12.3', '12.4'].map((id) => shown(id, dataItems('gewoon')))).toEqual([false, false, false]);
		expect(shown('12.3', dataItems('strafrechtelijk'))).toBe(true);
	});

	it('follows yes/no questions and per-right answers', () => {
		expect([shown('13.2', { '13.1': true }), shown('13.3', { '13.1': false })]).toEqual([true, false]);
		const allYes = { '15.1': { access: 'yes', objection: 'yes' } };
		const oneNa = { '15.1': { access: 'yes', objection: 'not_applicable' } };
		const oneNo = { '15.1': { access: 'no', objection: 'yes' } };
		expect([shown('15.2', allYes), shown('15.3', allYes)]).toEqual([false, false]);
		expect([shown('15.2', oneNa), shown('15.3', oneNa)]).toEqual([true, false]);
		expect([shown('15.2', oneNo), shown('15.3', oneNo)]).toEqual([true, true]);
	});

	it('asks for AP advice on a measure only when its residual risk is high or very high', () => {
		expect(['low', 'medium', 'high', 'very_high'].map((level) => shown('17.7', {}, { '17.5': level }))).toEqual([false, false, true, true]);
		expect([shown('17.6', {}, { '17.5': 'low' }), shown('17.6', {}, {})]).toEqual([true, false]);
	});

	it('asks the board to motivate a decision that departs from the FG advice', () => {
		const case_ = (verdict: string, decision: string) => shown('19.4', { '19.2': { value: verdict, detail: 'x' }, '20.2': decision });
		expect(case_('negative', 'proceed')).toBe(true);
		expect(case_('negative', 'reject')).toBe(false);
		expect(case_('positive_with_conditions', 'proceed')).toBe(true);
		expect(case_('positive_with_conditions', 'proceed_with_conditions')).toBe(false);
		expect(case_('positive', 'proceed')).toBe(false);
	});

	it('requires shown conditional questions, never optional or computed ones', () => {
		expect(isRequired(q('7.4'), { '7.2': ['nobody'] })).toBe(true);
		expect(isRequired(q('7.4'), { '7.2': ['gmr'] })).toBe(false);
		expect(isRequired(q('1.3'), {})).toBe(false);
		expect(isRequired(q('12.1'), dataItems('bijzonder'))).toBe(false);
		expect(isRequired(q('1.1'), {})).toBe(true);
	});
});

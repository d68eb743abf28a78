import { describe, expect, it } from 'vitest';
import { AP_IDS, CRITERION_IDS, SWITCHABLE_POLICY } from '../triggers';
import { EMPTY_ANSWERS, inputFromAnswers, type PrescanAnswers } from './answers';
import { prescan } from './engine';
import { QUESTIONS, THEMES } from './questions';

const answers = (patch: Partial<PrescanAnswers>): PrescanAnswers => ({ ...EMPTY_ANSWERS, ...patch });

describe('pre-scan questions', () => {
	it('can fire every AP item, every criterion but the derived C7, and every switchable board rule', () => {
		const all = inputFromAnswers(answers({ yes: QUESTIONS.map((q) => q.id) }));
		expect(new Set(all.apList)).toEqual(new Set(AP_IDS));
		expect(new Set(all.criteria)).toEqual(new Set(CRITERION_IDS.filter((c) => c !== 'C7')));
		expect(new Set(all.policy)).toEqual(new Set(SWITCHABLE_POLICY));
		expect(all.highRiskAi).toBe(true);
	});

	it('has unique ids, a known theme and both languages for every question', () => {
		expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
		for (const q of QUESTIONS) {
			expect(THEMES).toContain(q.theme);
			for (const text of [q.text, q.help]) expect(text.nl && text.en).toBeTruthy();
		}
	});

	it('finds a DPIA mandatory for cameras on the playground, citing the AP list and the board rule', () => {
		const result = prescan(inputFromAnswers(answers({ subjects: ['leerling_lt16', 'medewerker'], yes: ['camera'] })));
		expect(result.outcome).toBe('mandatory');
		expect(result.reasons.map((r) => `${r.id}:${r.source}`)).toEqual(['AP-09:ap-list', 'S-3:policy', 'C3:wp248', 'C7:wp248']);
	});

	it('finds a DPIA mandatory for an adaptive maths method through profiling', () => {
		const result = prescan(inputFromAnswers(answers({ subjects: ['leerling_lt16'], yes: ['profiling', 'large_scale'], serviceMainlyForMinors: true })));
		expect(result.outcome).toBe('mandatory');
		expect(result.reasons.map((r) => r.id)).toEqual(['AP-15', 'S-1', 'C1', 'C5', 'C7']);
		expect(result.flags).toEqual(['KIA_RECOMMENDED']);
	});

	it('passes the organisation policy through, so a switched-off rule does not count', () => {
		const policy = { 'S-1': true, 'S-2': true, 'S-3': false, 'S-4': true };
		const result = prescan(inputFromAnswers(answers({ yes: ['monitoring'] }), policy));
		expect(result.reasons.map((r) => r.id)).toEqual(['S-4', 'C3']);
		expect(prescan(inputFromAnswers(answers({ yes: ['camera'] }), policy)).reasons.map((r) => r.id)).not.toContain('S-3');
	});

	it('treats "don\u2019t know" about a transfer as outside the EEA with an unknown mechanism', () => {
		expect(inputFromAnswers(answers({ outsideEea: 'unknown', mechanism: 'adequacy' })).transfer).toEqual({ outsideEea: true });
		expect(inputFromAnswers(answers({ outsideEea: 'yes', mechanism: 'adequacy' })).transfer).toEqual({ outsideEea: true, mechanism: 'adequacy' });
		expect(inputFromAnswers(answers({ outsideEea: 'no', mechanism: 'SCC' })).transfer).toEqual({ outsideEea: false });
	});
});

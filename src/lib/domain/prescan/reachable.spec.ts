import { describe, expect, it } from 'vitest';
import { SUBJECTS } from '../catalogue/options';
import { ALL_TRIGGERS } from '../triggers';
import { EMPTY_ANSWERS, inputFromAnswers, type PrescanAnswers } from './answers';
import { prescan } from './engine';
import { QUESTIONS } from './questions';
import { FLAGS } from './types';

/**
 * Every rule of the pre-scan contract (spec §10) must be reachable through what a person answers: walk
 * the answers a person can give (no question, one, or any two questions "yes"; each data subject; the
 * transfer and minors answers) and collect every reason id and flag that fires.
 */
function everyAnswer(): PrescanAnswers[] {
	const ids = QUESTIONS.map((q) => q.id);
	const yesSets = [[], ...ids.map((id) => [id]), ...ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]))];
	const base = [
		...yesSets.map((yes) => ({ ...EMPTY_ANSWERS, yes })),
		...SUBJECTS.map((s) => ({ ...EMPTY_ANSWERS, subjects: [s.id] })),
		{ ...EMPTY_ANSWERS, serviceMainlyForMinors: true },
		{ ...EMPTY_ANSWERS, outsideEea: 'yes' as const, mechanism: 'SCC' as const },
		{ ...EMPTY_ANSWERS, outsideEea: 'unknown' as const }
	];
	return base;
}

describe('pre-scan questions reach every rule of the contract', () => {
	const fired = new Set<string>();
	for (const answers of everyAnswer()) {
		const result = prescan(inputFromAnswers(answers));
		for (const reason of result.reasons) fired.add(reason.id);
		for (const flag of result.flags) fired.add(flag);
	}

	it('fires every law, AP-list, WP248 and board rule (S-5 is the review rule, not a pre-scan reason)', () => {
		const rules = ALL_TRIGGERS.map((t) => t.id).filter((id) => id !== 'S-5');
		expect(rules.filter((id) => !fired.has(id))).toEqual([]);
		expect(rules.length).toBeGreaterThan(30);
	});

	it('raises every flag', () => {
		expect(FLAGS.filter((flag) => !fired.has(flag))).toEqual([]);
	});

	it('fires L-C (Art. 35(3)(c)) for cameras on a publicly accessible area at large scale, and not for either alone', () => {
		const reasons = (yes: string[]) => prescan(inputFromAnswers({ ...EMPTY_ANSWERS, yes })).reasons.map((r) => r.id);
		expect(reasons(['camera', 'large_scale'])).toContain('L-C');
		expect(reasons(['camera'])).not.toContain('L-C');
		expect(reasons(['large_scale'])).not.toContain('L-C');
	});
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, levelRank, type RiskLevel } from './matrix';
import {
	effectiveLevel,
	highestLevel,
	requiresPriorConsultation,
	residualLevel,
	risksWithoutTreatment,
	toRijksLevel,
	type ScoredRisk
} from './scoring';

const risk = (over: Partial<ScoredRisk> = {}): ScoredRisk => ({
	id: 'r1',
	severity: 2,
	likelihood: 2,
	levelOverride: null,
	residualSeverity: null,
	residualLikelihood: null,
	accepted: false,
	...over
});

const scale = fc.integer({ min: 1, max: 4 });
const arbitraryRisk = fc.record({
	id: fc.uuid(),
	severity: scale,
	likelihood: scale,
	levelOverride: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: null }),
	residualSeverity: fc.option(scale, { nil: null }),
	residualLikelihood: fc.option(scale, { nil: null }),
	accepted: fc.boolean()
});

describe('risk scoring', () => {
	it('lets a written deviation override the matrix, and ignores an override that is no level', () => {
		expect(effectiveLevel(risk({ severity: 1, likelihood: 1 }))).toBe('low');
		expect(effectiveLevel(risk({ severity: 1, likelihood: 1, levelOverride: 'high' }))).toBe('high');
		expect(effectiveLevel(risk({ severity: 4, likelihood: 4, levelOverride: 'hoog' }))).toBe('very_high');
	});

	it('uses the residual scores once assessed, and the inherent level until then', () => {
		expect(residualLevel(risk({ severity: 4, likelihood: 3, residualSeverity: 2, residualLikelihood: 1 }))).toBe('low');
		expect(residualLevel(risk({ severity: 4, likelihood: 3 }))).toBe('very_high');
		expect(residualLevel(risk({ severity: 4, likelihood: 3, residualSeverity: 2 }))).toBe('very_high');
		expect(residualLevel(risk({ severity: 1, likelihood: 1, levelOverride: 'high' }))).toBe('high');
	});

	it('flags Art. 36 prior consultation for any residual high or very high risk, and only then', () => {
		const low = risk({ severity: 4, likelihood: 4, residualSeverity: 1, residualLikelihood: 2 });
		expect(requiresPriorConsultation([])).toBe(false);
		expect(requiresPriorConsultation([low])).toBe(false);
		expect(requiresPriorConsultation([low, risk({ id: 'r2', residualSeverity: 3, residualLikelihood: 3 })])).toBe(true);
		expect(requiresPriorConsultation([risk({ severity: 4, likelihood: 4 })])).toBe(true);
		fc.assert(
			fc.property(fc.array(arbitraryRisk, { maxLength: 8 }), (risks) => {
				const anyHigh = risks.some((r) => levelRank(residualLevel(r)) >= levelRank('high'));
				expect(requiresPriorConsultation(risks)).toBe(anyHigh);
			})
		);
	});

	it('maps to the Rijksmodel three-level scale', () => {
		expect(LEVEL_IDS.map(toRijksLevel)).toEqual(['laag', 'gemiddeld', 'hoog', 'hoog']);
	});

	it('finds the highest level, or none for no risks', () => {
		expect(highestLevel([])).toBeNull();
		expect(highestLevel(['medium', 'low', 'high', 'medium'])).toBe('high');
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...LEVEL_IDS), { minLength: 1 }), (levels: RiskLevel[]) => {
				const top = highestLevel(levels)!;
				expect(levels).toContain(top);
				for (const level of levels) expect(levelRank(level)).toBeLessThanOrEqual(levelRank(top));
			})
		);
	});

	it('lists risks with neither a linked measure nor an acceptance', () => {
		const risks = [risk({ id: 'a' }), risk({ id: 'b', accepted: true }), risk({ id: 'c' })];
		expect(risksWithoutTreatment(risks, [{ riskId: 'c' }]).map((r) => r.id)).toEqual(['a']);
		expect(risksWithoutTreatment(risks, [{ riskId: 'a' }, { riskId: 'c' }])).toEqual([]);
	});
});

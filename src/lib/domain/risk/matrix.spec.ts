import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLevel, LEVEL_IDS, LEVEL_LABELS, levelRank, riskLevel, type RiskLevel } from './matrix';

/** Spec §5.2 table as printed: rows S4..S1, columns L1..L4. */
const SPEC_TABLE: [number, RiskLevel[]][] = [
	[4, ['medium', 'high', 'very_high', 'very_high']],
	[3, ['low', 'medium', 'high', 'very_high']],
	[2, ['low', 'medium', 'medium', 'high']],
	[1, ['low', 'low', 'low', 'medium']]
];

const scale = fc.integer({ min: 1, max: 4 });

describe('risk matrix (spec §5.2)', () => {
	const cells = SPEC_TABLE.flatMap(([s, row]) => row.map((level, i) => [s, i + 1, level] as const));

	it.each(cells)('severity %i × likelihood %i is %s', (severity, likelihood, level) => {
		expect(riskLevel(severity, likelihood)).toBe(level);
	});

	it('agrees with the cut-offs on the product: ≤ 3 low, 4–6 medium, 8–9 high, 12–16 very high', () => {
		fc.assert(
			fc.property(scale, scale, (s, l) => {
				const p = s * l;
				const expected = p <= 3 ? 'low' : p <= 6 ? 'medium' : p <= 9 ? 'high' : 'very_high';
				expect(riskLevel(s, l)).toBe(expected);
			})
		);
	});

	it('never lowers the level when severity or likelihood rises', () => {
		fc.assert(
			fc.property(scale, scale, scale, scale, (s1, l1, s2, l2) => {
				fc.pre(s2 >= s1 && l2 >= l1);
				expect(levelRank(riskLevel(s2, l2))).toBeGreaterThanOrEqual(levelRank(riskLevel(s1, l1)));
			})
		);
	});

	it('refuses values outside the 1..4 scale instead of guessing', () => {
		fc.assert(
			fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 5 }), fc.double({ noInteger: true })), scale, (bad, good) => {
				expect(() => riskLevel(bad, good)).toThrow(RangeError);
				expect(() => riskLevel(good, bad)).toThrow(RangeError);
			})
		);
	});

	it('keeps the stored level ids, in order, each with a Dutch and English label', () => {
		expect(LEVEL_IDS).toEqual(['low', 'medium', 'high', 'very_high']);
		expect(LEVEL_IDS.map((id) => LEVEL_LABELS[id].nl)).toEqual(['Laag', 'Gemiddeld', 'Hoog', 'Zeer hoog']);
		for (const id of LEVEL_IDS) expect(LEVEL_LABELS[id].en.length).toBeGreaterThan(0);
		expect(isLevel('very_high')).toBe(true);
		expect(isLevel('hoog')).toBe(false);
		expect(isLevel(null)).toBe(false);
	});
});

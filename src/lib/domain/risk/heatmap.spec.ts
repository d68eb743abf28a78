import { describe, expect, it } from 'vitest';
import { heatMapCells } from './heatmap';
import { riskLevel } from './matrix';
import type { ScoredRisk } from './scoring';

const risk = (id: string, s: number, l: number, rs: number | null = null, rl: number | null = null): ScoredRisk => ({
	id,
	severity: s,
	likelihood: l,
	levelOverride: 'low',
	residualSeverity: rs,
	residualLikelihood: rl,
	accepted: false
});

describe('heat map', () => {
	it('has 16 cells from severity 4 down and likelihood 1 up, each coloured by the matrix', () => {
		const cells = heatMapCells([], 'inherent');
		expect(cells).toHaveLength(16);
		expect(cells.slice(0, 4).map((c) => [c.severity, c.likelihood])).toEqual([[4, 1], [4, 2], [4, 3], [4, 4]]);
		expect(cells.at(-1)).toMatchObject({ severity: 1, likelihood: 4 });
		for (const cell of cells) expect(cell.level).toBe(riskLevel(cell.severity, cell.likelihood));
	});

	it('counts inherent risks by their scores and residual risks only once assessed', () => {
		const risks = [risk('a', 3, 2, 1, 1), risk('b', 3, 2), risk('c', 4, 4, 1, 1)];
		const inherent = heatMapCells(risks, 'inherent');
		expect(inherent.find((c) => c.severity === 3 && c.likelihood === 2)!.count).toBe(2);
		const residual = heatMapCells(risks, 'residual');
		expect(residual.find((c) => c.severity === 1 && c.likelihood === 1)!.count).toBe(2);
		expect(residual.reduce((n, c) => n + c.count, 0)).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import { STATES } from '../workflow/states';
import { diffModels, updateBlock, type ComparableModel } from './update';

const base: ComparableModel = {
	answers: { '4': { '4.2': 'oud' }, '5': { '5.3': 'no' } },
	risks: [{ key: 'a', title: 'A', severity: 2, likelihood: 2 }],
	supplierMeasures: [{ key: 's', title: 'S', status: 'agreed', agreedOn: '2026-09-01' }],
	schoolMeasures: [{ key: 'm', title: 'M' }]
};

describe('model update diff', () => {
	it('finds changed, added and removed answers, risks and measures, and a supplier measure whose status moved', () => {
		const next: ComparableModel = {
			answers: { '4': { '4.2': 'nieuw', '4.4': false } },
			risks: [{ key: 'a', title: 'A', severity: 3, likelihood: 2 }, { key: 'b', title: 'B', severity: 1, likelihood: 1 }],
			supplierMeasures: [{ key: 's', title: 'S', status: 'in_place', agreedOn: null }],
			schoolMeasures: []
		};
		const diff = diffModels(base, next);
		expect(diff.answers.map((a) => [a.key, a.change])).toEqual([['4.2', 'changed'], ['5.3', 'removed'], ['4.4', 'added']]);
		expect(diff.risks.map((r) => [r.key, r.change])).toEqual([['a', 'changed'], ['b', 'added']]);
		expect(diff.supplierMeasures[0]).toMatchObject({ key: 's', change: 'changed', before: { status: 'agreed' }, after: { status: 'in_place' } });
		expect(diff.schoolMeasures).toEqual([{ key: 'm', change: 'removed', before: base.schoolMeasures[0], after: null }]);
	});

	it('finds nothing between a model and itself', () => {
		const diff = diffModels(base, structuredClone(base));
		expect([diff.answers, diff.risks, diff.supplierMeasures, diff.schoolMeasures].flat()).toEqual([]);
	});
});

describe('when a DPIA can take a model update', () => {
	it('takes one as a concept and once decided; not while the FG or the board has it; never once rejected or archived', () => {
		const blocks = Object.fromEntries(STATES.map((state) => [state, updateBlock(state)]));
		expect(blocks).toEqual({
			concept: null,
			fg_review: 'in_review',
			fg_advice: 'in_review',
			board_decision: 'in_review',
			ap_consultation: 'in_review',
			shared_gmr: 'in_review',
			in_force: null,
			review_due: null,
			rejected: 'closed',
			archived: 'closed'
		});
	});
});

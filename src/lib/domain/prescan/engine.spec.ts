import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBJECTS, TRANSFER_MECHANISMS } from '../catalogue/options';
import { AP_IDS, CRITERION_IDS, LEGAL_IDS, POLICY_IDS, SWITCHABLE_POLICY } from '../triggers';
import { OUTCOME_RANK, prescan } from './engine';
import type { PrescanInput } from './types';

const base: PrescanInput = { subjects: [], legal: [], policy: [], apList: [], criteria: [], serviceMainlyForMinors: false, highRiskAi: false };
const run = (patch: Partial<PrescanInput>) => prescan({ ...base, ...patch });

describe('pre-scan outcome (spec §3.4, §10)', () => {
	it('is not required when nothing fired', () => {
		expect(run({ subjects: ['ouder', 'bezoeker'] })).toEqual({ outcome: 'not_required', criteriaMet: [], reasons: [], flags: [] });
	});

	it.each(AP_IDS)('%s alone makes the DPIA mandatory without adding a criterion', (id) => {
		const result = run({ apList: [id] });
		expect(result.outcome).toBe('mandatory');
		expect(result.criteriaMet).toEqual([]);
		expect(result.reasons).toEqual([{ id, source: 'ap-list', effect: 'mandatory' }]);
	});

	it.each(LEGAL_IDS)('legal trigger %s alone makes the DPIA mandatory', (id) => {
		expect(run({ legal: [id] })).toMatchObject({ outcome: 'mandatory', reasons: [{ id, source: 'law', effect: 'mandatory' }] });
	});

	it.each(SWITCHABLE_POLICY)('board rule %s makes it mandatory while on, and does not count once switched off', (id) => {
		expect(run({ policy: [id] })).toMatchObject({ outcome: 'mandatory', reasons: [{ id, source: 'policy', effect: 'mandatory' }] });
		const off = run({ policy: [id], organisationPolicy: { [id]: false } });
		expect(off.outcome).toBe('not_required');
		expect(off.reasons).toEqual([]);
	});

	it('never lets S-5 (re-assessment) decide a pre-scan', () => {
		expect(run({ policy: ['S-5'] })).toMatchObject({ outcome: 'not_required', reasons: [] });
	});

	it.each(CRITERION_IDS)('criterion %s alone makes the DPIA recommended', (id) => {
		expect(run({ criteria: [id] })).toMatchObject({ outcome: 'recommended', criteriaMet: [id], reasons: [{ id, source: 'wp248', effect: 'criterion' }] });
	});

	const pairs = CRITERION_IDS.flatMap((a, i) => CRITERION_IDS.slice(i + 1).map((b) => [a, b] as const));
	it.each(pairs)('criteria %s + %s make the DPIA mandatory', (a, b) => {
		expect(run({ criteria: [b, a] })).toMatchObject({ outcome: 'mandatory', criteriaMet: [a, b] });
	});

	it.each(['leerling_lt16', 'leerling_16plus', 'medewerker'] as const)('derives C7 from %s, once, and marks it derived', (subject) => {
		const result = run({ subjects: [subject, 'ouder'] });
		expect(result).toMatchObject({ outcome: 'recommended', criteriaMet: ['C7'] });
		expect(result.reasons).toEqual([{ id: 'C7', source: 'wp248', effect: 'criterion', derived: true }]);
	});

	it('counts C7 once when it is both ticked and derived, and then does not call it derived', () => {
		const result = run({ subjects: ['leerling_lt16', 'medewerker'], criteria: ['C7', 'C7'] });
		expect(result.criteriaMet).toEqual(['C7']);
		expect(result.reasons).toEqual([{ id: 'C7', source: 'wp248', effect: 'criterion' }]);
		expect(result.outcome).toBe('recommended');
	});

	it('does not derive C7 for parents, visitors, former pupils or others', () => {
		expect(run({ subjects: ['ouder', 'bezoeker', 'oud_leerling', 'anders'] }).criteriaMet).toEqual([]);
	});

	it('makes a pupil tool mandatory with any one further criterion (C7 is always on for pupils)', () => {
		expect(run({ subjects: ['leerling_lt16'], criteria: ['C5'] })).toMatchObject({ outcome: 'mandatory', criteriaMet: ['C5', 'C7'] });
	});

	it('derives C8 from high-risk AI', () => {
		const result = run({ highRiskAi: true });
		expect(result.criteriaMet).toEqual(['C8']);
		expect(result.reasons).toContainEqual({ id: 'C8', source: 'wp248', effect: 'criterion', derived: true });
	});

	it('lists each rule once even when the input repeats it, sorted by number', () => {
		const result = run({ apList: ['AP-15', 'AP-09', 'AP-15'], legal: ['L-A', 'L-A'], policy: ['S-4', 'S-4'], criteria: ['C8', 'C1', 'C8'] });
		expect(result.reasons.map((r) => r.id)).toEqual(['L-A', 'AP-09', 'AP-15', 'S-4', 'C1', 'C8']);
		expect(result.criteriaMet).toEqual(['C1', 'C8']);
	});

	it('matches the worked example of spec §10', () => {
		const result = prescan({
			subjects: ['leerling_lt16', 'ouder', 'medewerker'],
			legal: ['L-A'],
			policy: ['S-4'],
			apList: ['AP-15'],
			criteria: ['C1', 'C8'],
			transfer: { outsideEea: true, mechanism: 'SCC' },
			serviceMainlyForMinors: true,
			highRiskAi: false,
			organisationPolicy: { 'S-1': true, 'S-2': true, 'S-3': true, 'S-4': true }
		});
		expect(result.outcome).toBe('mandatory');
		expect(result.criteriaMet).toEqual(['C1', 'C7', 'C8']);
		expect(result.reasons).toContainEqual({ id: 'AP-15', source: 'ap-list', effect: 'mandatory' });
		expect(result.reasons).toContainEqual({ id: 'C7', source: 'wp248', effect: 'criterion', derived: true });
		expect(result.flags).toEqual(['DTIA_REQUIRED', 'KIA_RECOMMENDED', 'IAMA_RECOMMENDED']);
	});
});

describe('pre-scan side flags', () => {
	const needsDtia = ['SCC', 'BCR', 'certification', 'code_of_conduct', 'legal_instrument', 'other'] as const;
	it.each(needsDtia)('asks for a DTIA for a transfer outside the EEA under %s', (mechanism) => {
		expect(run({ transfer: { outsideEea: true, mechanism } }).flags).toEqual(['DTIA_REQUIRED']);
	});
	it('asks for a DTIA when the mechanism is not known', () => {
		expect(run({ transfer: { outsideEea: true } }).flags).toEqual(['DTIA_REQUIRED']);
	});
	it.each(['adequacy', 'art49'] as const)('needs no DTIA under %s', (mechanism) => {
		expect(run({ transfer: { outsideEea: true, mechanism } }).flags).toEqual([]);
	});
	it.each(TRANSFER_MECHANISMS.map((m) => m.id))('needs no DTIA inside the EEA whatever the mechanism (%s)', (mechanism) => {
		expect(run({ transfer: { outsideEea: false, mechanism } }).flags).toEqual([]);
	});
	it('recommends a KIA for a service mainly for minors', () => {
		expect(run({ serviceMainlyForMinors: true }).flags).toEqual(['KIA_RECOMMENDED']);
	});
	it('recommends an IAMA for high-risk AI, and for S-4 together with C1 or C2', () => {
		expect(run({ highRiskAi: true }).flags).toEqual(['IAMA_RECOMMENDED']);
		expect(run({ policy: ['S-4'], criteria: ['C1'] }).flags).toEqual(['IAMA_RECOMMENDED']);
		expect(run({ policy: ['S-4'], criteria: ['C2'] }).flags).toEqual(['IAMA_RECOMMENDED']);
		expect(run({ policy: ['S-4'], criteria: ['C3'] }).flags).toEqual([]);
		expect(run({ criteria: ['C1', 'C2'] }).flags).toEqual([]);
	});
	it('does not recommend an IAMA through S-4 when the board switched S-4 off', () => {
		expect(run({ policy: ['S-4'], criteria: ['C1'], organisationPolicy: { 'S-4': false } }).flags).toEqual([]);
	});
});

const inputArb: fc.Arbitrary<PrescanInput> = fc.record({
	subjects: fc.array(fc.constantFrom(...SUBJECTS.map((s) => s.id)), { maxLength: 4 }),
	legal: fc.array(fc.constantFrom(...LEGAL_IDS), { maxLength: 2 }),
	policy: fc.array(fc.constantFrom(...POLICY_IDS), { maxLength: 3 }),
	apList: fc.array(fc.constantFrom(...AP_IDS), { maxLength: 3 }),
	criteria: fc.array(fc.constantFrom(...CRITERION_IDS), { maxLength: 4 }),
	transfer: fc.option(fc.record({ outsideEea: fc.boolean(), mechanism: fc.constantFrom(...TRANSFER_MECHANISMS.map((m) => m.id)) }), { nil: undefined }),
	serviceMainlyForMinors: fc.boolean(),
	highRiskAi: fc.boolean(),
	organisationPolicy: fc.option(fc.record({ 'S-1': fc.boolean(), 'S-2': fc.boolean(), 'S-3': fc.boolean(), 'S-4': fc.boolean() }), { nil: undefined })
});

const anyRule = fc.oneof(
	fc.constantFrom(...LEGAL_IDS).map((id) => ({ legal: [id] })),
	fc.constantFrom(...AP_IDS).map((id) => ({ apList: [id] })),
	fc.constantFrom(...POLICY_IDS).map((id) => ({ policy: [id] })),
	fc.constantFrom(...CRITERION_IDS).map((id) => ({ criteria: [id] }))
);

describe('pre-scan properties', () => {
	it('adding a rule never lowers the outcome and never drops a reason or flag', () => {
		fc.assert(
			fc.property(inputArb, anyRule, (input, extra) => {
				const before = prescan(input);
				const merged = { ...input } as PrescanInput;
				for (const [key, ids] of Object.entries(extra) as [keyof PrescanInput, string[]][]) (merged[key] as string[]) = [...(input[key] as string[]), ...ids];
				const after = prescan(merged);
				expect(OUTCOME_RANK[after.outcome]).toBeGreaterThanOrEqual(OUTCOME_RANK[before.outcome]);
				for (const reason of before.reasons) expect(after.reasons.map((r) => r.id)).toContain(reason.id);
				for (const flag of before.flags) expect(after.flags).toContain(flag);
			})
		);
	});

	it('lists every rule once and every criterion of criteriaMet as a reason', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const result = prescan(input);
				const ids = result.reasons.map((r) => r.id);
				expect(new Set(ids).size).toBe(ids.length);
				expect(new Set(result.criteriaMet).size).toBe(result.criteriaMet.length);
				expect(ids.filter((id) => id.startsWith('C'))).toEqual(result.criteriaMet);
				expect(result.outcome === 'mandatory').toBe(result.reasons.some((r) => r.effect === 'mandatory') || result.criteriaMet.length >= 2);
			})
		);
	});

	it('does not depend on the order or repetition of the input ids', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const shuffled = { ...input, apList: [...input.apList].reverse(), criteria: [...input.criteria, ...input.criteria].reverse() };
				expect(prescan(shuffled)).toEqual(prescan(input));
			})
		);
	});
});

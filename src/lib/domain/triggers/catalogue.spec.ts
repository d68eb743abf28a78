import { describe, expect, it } from 'vitest';
import { ALL_TRIGGERS, AP_LIST, CRITERION_IDS, isTriggerId, triggerById } from './index';

describe('trigger catalogue (spec §3)', () => {
	it('holds the AP list of 17 numbered items, L-A..L-C, S-1..S-5 and C1..C9, each id once', () => {
		expect(AP_LIST.map((item) => item.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		const ids = ALL_TRIGGERS.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(3 + 5 + 17 + 9);
	});

	it('links AP items only to real WP248 criteria', () => {
		for (const item of AP_LIST) for (const c of item.criteria) expect(CRITERION_IDS).toContain(c);
	});

	it('has a Dutch and an English label, explanation and citation for every rule', () => {
		for (const t of ALL_TRIGGERS)
			for (const text of [t.label, t.explanation, t.citation]) {
				expect(text.nl.trim().length, t.id).toBeGreaterThan(3);
				expect(text.en.trim().length, t.id).toBeGreaterThan(3);
			}
	});

	it('finds rules by id and refuses unknown ones', () => {
		expect(triggerById('AP-09').label.nl).toBe('Cameratoezicht');
		expect(isTriggerId('AP-18')).toBe(false);
		expect(() => triggerById('AP-18' as never)).toThrow('unknown trigger id AP-18');
	});
});

import { describe, expect, it } from 'vitest';
import { questionById } from './catalogue';
import { criteriaStartingPoint, hasWrittenReasoning } from './criteria-reasons';
import { validateAnswer } from './validation';

describe('0.6 reasons per criterion', () => {
	const start = criteriaStartingPoint(['AP-15', 'C1'], 'nl');

	it('offers one line per criterion the pre-scan found, ready to be completed', () => {
		expect(start.split('\n')).toHaveLength(2);
		expect(start).toMatch(/^AP-15 – .+: $/m);
		expect(criteriaStartingPoint(['C1'], 'en')).toMatch(/^C1 – .+: $/);
	});

	it('does not take the names alone (in either language, with or without punctuation) for reasoning', () => {
		expect(hasWrittenReasoning(start)).toBe(false);
		expect(hasWrittenReasoning(criteriaStartingPoint(['AP-15', 'C1'], 'en'))).toBe(false);
		expect(hasWrittenReasoning('AP-15\nC1 -')).toBe(false);
		expect(hasWrittenReasoning('')).toBe(false);
		expect(hasWrittenReasoning(start.replace('AP-15', 'AP-15 – x: het systeem profileert leerlingen op niveau'))).toBe(true);
		expect(hasWrittenReasoning('Geen van de criteria geldt: alleen roostergegevens.')).toBe(true);
	});

	it('leaves 0.6 open until reasoning is written, with its own message code', () => {
		const q = questionById('0.6')!;
		expect(validateAnswer(q, { value: 'mandatory', detail: start })).toEqual({ ok: false, code: 'missing_reasoning' });
		expect(validateAnswer(q, { value: 'mandatory', detail: `${start}\nProfilering raakt kinderen onder 16.` })).toEqual({ ok: true });
	});
});

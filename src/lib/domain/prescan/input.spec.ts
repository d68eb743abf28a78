import { describe, expect, it } from 'vitest';
import { parsePrescanInput, parsePrescanJson } from './input';

describe('pre-scan input validation', () => {
	it('accepts the §10 example and fills in defaults', () => {
		const parsed = parsePrescanInput({ subjects: ['leerling_lt16'], apList: ['AP-15'] });
		expect(parsed).toEqual({
			ok: true,
			input: { subjects: ['leerling_lt16'], legal: [], policy: [], apList: ['AP-15'], criteria: [], serviceMainlyForMinors: false, highRiskAi: false }
		});
	});

	it('names the field and the unknown id', () => {
		const parsed = parsePrescanInput({ apList: ['AP-15', 'AP-18'] });
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toHaveLength(1);
		expect(parsed.errors[0]!.field).toBe('apList[1]');
		expect(parsed.errors[0]!.message).toContain('"AP-18"');
		expect(parsed.errors[0]!.message).toContain('AP-17');
	});

	it('names a wrong type with what it got, in English on request', () => {
		const parsed = parsePrescanInput({ highRiskAi: 'yes', transfer: { outsideEea: true, mechanism: 'privacy shield' } }, 'en');
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
		expect(byField['highRiskAi']).toBe('expected boolean, got "yes"');
		expect(byField['transfer.mechanism']).toMatch(/^unknown value "privacy shield"; allowed: adequacy, SCC/);
	});

	it('refuses unknown fields, so a typo cannot count as "no"', () => {
		const parsed = parsePrescanInput({ aplist: ['AP-01'] });
		expect(parsed).toEqual({ ok: false, errors: [{ field: 'aplist', message: 'onbekend veld "aplist"' }] });
	});

	it('refuses policy switches for rules that cannot be switched off', () => {
		const parsed = parsePrescanInput({ organisationPolicy: { 'S-5': false } });
		expect(parsed.ok).toBe(false);
	});

	it('refuses text that is not JSON or not an object', () => {
		expect(parsePrescanJson('{subjects:')).toEqual({ ok: false, errors: [{ field: '', message: 'de invoer is geen geldige JSON' }] });
		expect(parsePrescanJson('[1]', 'en')).toEqual({ ok: false, errors: [{ field: '', message: 'the input must be a JSON object' }] });
	});

	it('refuses an array where ids are expected', () => {
		const parsed = parsePrescanInput({ subjects: 'leerling_lt16' });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors[0]).toEqual({ field: 'subjects', message: 'verwacht array, gekregen "leerling_lt16"' });
	});
});

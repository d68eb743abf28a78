import { describe, expect, it } from 'vitest';
import { ADEQUACY, chainChanges, countryName, COUNTRY_CODES, EEA, expiryStatus, assessPlace, dtiaFindings, isCountryCode } from '.';

describe('countries', () => {
	it('knows the 30 EEA states and every adequacy country as ISO codes', () => {
		expect(EEA.size).toBe(30);
		for (const code of [...EEA, ...ADEQUACY.keys()]) expect(COUNTRY_CODES.has(code), code).toBe(true);
		expect([...ADEQUACY.keys()].filter((c) => EEA.has(c))).toEqual([]);
	});

	it('refuses what is not a country code', () => {
		expect(isCountryCode('US')).toBe(true);
		for (const bad of ['us', 'USA', 'EU', 'ZZ', '']) expect(isCountryCode(bad), bad).toBe(false);
	});

	it('names a country in the reader\u2019s language', () => {
		expect(countryName('US', 'nl')).toBe('Verenigde Staten');
		expect(countryName('US', 'en')).toBe('United States');
	});
});

describe('transfers and the DTIA flag', () => {
	it('raises no flag inside the EEA or under a full adequacy decision', () => {
		expect(assessPlace({ party: 'Host', country: 'NL' }).kind).toBe('in_eea');
		expect(assessPlace({ party: 'Host', country: 'NO' }).kind).toBe('in_eea');
		expect(assessPlace({ party: 'Support', country: 'GB' }).kind).toBe('adequate');
	});

	it('flags a US sub-processor under SCCs, and clears it only when DPF certification is confirmed', () => {
		const sccs = assessPlace({ party: 'CloudCo', country: 'US', mechanism: 'SCC' });
		expect(sccs.kind).toBe('needs_dtia');
		expect(sccs.kind === 'needs_dtia' && sccs.reason.nl).toContain('voorwaarde');
		expect(assessPlace({ party: 'CloudCo', country: 'US', mechanism: 'adequacy' }).kind).toBe('adequate');
	});

	it('flags a country without any decision, naming the party', () => {
		const [finding, ...rest] = dtiaFindings([
			{ party: 'Host', country: 'DE' },
			{ party: 'Helpdesk BV', country: 'IN', mechanism: 'SCC' }
		]);
		expect(rest).toEqual([]);
		expect(finding?.reason.en).toBe('Helpdesk BV processes data in IN, outside the EEA and without an adequacy decision.');
	});
});

describe('significant changes of a supplier chain', () => {
	const before = { storageCountry: 'NL', subProcessors: [{ party: 'Hosting BV', country: 'NL' }, { party: 'Mailer', country: 'IE' }] };

	it('finds nothing when only the spelling of a name changes', () => {
		expect(chainChanges(before, { ...before, subProcessors: [{ party: 'hosting bv ', country: 'NL' }, { party: 'Mailer', country: 'IE' }] })).toEqual([]);
	});

	it('lists a move of storage, a new, a moved and a removed sub-processor', () => {
		const after = { storageCountry: 'DE', subProcessors: [{ party: 'Hosting BV', country: 'US' }, { party: 'AI Labs', country: 'US' }] };
		expect(chainChanges(before, after)).toEqual([
			{ kind: 'storage_moved', from: 'NL', to: 'DE' },
			{ kind: 'sub_processor_moved', party: 'Hosting BV', from: 'NL', to: 'US' },
			{ kind: 'sub_processor_added', party: 'AI Labs', country: 'US' },
			{ kind: 'sub_processor_removed', party: 'Mailer' }
		]);
	});
});

describe('expiry of agreements and certifications', () => {
	it('warns from 90 days before the last valid day, and after it', () => {
		expect(expiryStatus(null, '2026-12-06')).toEqual({ kind: 'none' });
		expect(expiryStatus('2027-03-07', '2026-12-06')).toEqual({ kind: 'valid' });
		expect(expiryStatus('2027-03-06', '2026-12-06')).toEqual({ kind: 'expiring', daysLeft: 90 });
		expect(expiryStatus('2026-12-06', '2026-12-06')).toEqual({ kind: 'expiring', daysLeft: 0 });
		expect(expiryStatus('2026-12-05', '2026-12-06')).toEqual({ kind: 'expired', daysAgo: 1 });
	});
});

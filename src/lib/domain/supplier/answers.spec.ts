import { describe, expect, it } from 'vitest';
import { locationAnswers } from './answers';

describe('§8 answers from the supplier record', () => {
	it('names the EEA countries when all data stays inside', () => {
		expect(locationAnswers({ storageCountry: 'NL', subProcessors: [{ country: 'IE', mechanism: '' }] })).toEqual({ '8.1': { value: 'eea', detail: 'NL, IE' } });
	});

	it('names the countries outside the EEA and the one mechanism used', () => {
		expect(locationAnswers({ storageCountry: 'NL', subProcessors: [{ country: 'US', mechanism: 'SCC' }, { country: 'US', mechanism: 'SCC' }] })).toEqual({
			'8.1': { value: 'outside_eea', detail: 'US' },
			'8.2': 'SCC'
		});
	});

	it('leaves the mechanism to the person when the record has several, and gives nothing when no place is known', () => {
		expect(locationAnswers({ storageCountry: 'US', subProcessors: [{ country: 'IN', mechanism: 'SCC' }, { country: 'GB', mechanism: 'adequacy' }] })).toEqual({ '8.1': { value: 'outside_eea', detail: 'US, IN, GB' } });
		expect(locationAnswers({ storageCountry: '', subProcessors: [] })).toEqual({});
	});
});

import { describe, expect, it } from 'vitest';
import { covenantStatus, locationAnswers, withSupplierParty } from './answers';

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

describe('§6 party from the supplier record', () => {
	const facts = { id: '3f2a9c1e-0000-4000-8000-000000000000', name: 'Leerplatform BV', convenantParty: true, agreementModel: 'convenant_4', agreementSignedOn: '2026-01-10' };

	it('reads 6.4 from membership, model and signing date', () => {
		expect(covenantStatus(facts)).toBe('member_model_signed');
		expect(covenantStatus({ ...facts, agreementSignedOn: null })).toBe('member_not_signed');
		expect(covenantStatus({ ...facts, agreementModel: 'own' })).toBe('member_not_signed');
		expect(covenantStatus({ ...facts, convenantParty: false, agreementModel: 'own' })).toBe('other_agreement');
		expect(covenantStatus({ ...facts, convenantParty: false, agreementModel: 'none' })).toBe('no_agreement');
	});

	it('adds the supplier as a processor party, and a second take-over updates that party', () => {
		const school = { id: 'school', answers: { '6.1': 'De school', '6.2': ['controller'] } };
		const added = withSupplierParty([school], facts);
		expect(added).toEqual([school, { id: 'leverancier-3f2a9c1e0000', answers: { '6.1': 'Leerplatform BV', '6.2': ['processor'], '6.4': 'member_model_signed' } }]);
		const again = withSupplierParty(added, { ...facts, name: 'Leerplatform B.V.', agreementSignedOn: null });
		expect(again).toHaveLength(2);
		expect(again[1]!.answers).toEqual({ '6.1': 'Leerplatform B.V.', '6.2': ['processor'], '6.4': 'member_not_signed' });
	});

	it('fills the party already named after the supplier, keeping its roles and other answers', () => {
		const typed = { id: 'abc', answers: { '6.1': ' leerplatform bv ', '6.2': ['sub_processor'], '6.3': 'Helpdesk' } };
		expect(withSupplierParty([typed], facts)).toEqual([{ id: 'abc', answers: { '6.1': 'Leerplatform BV', '6.2': ['sub_processor', 'processor'], '6.3': 'Helpdesk', '6.4': 'member_model_signed' } }]);
	});
});

import { describe, expect, it } from 'vitest';
import { certificationForm, subProcessorForm, supplierForm } from '$lib/components/supplier/forms';

const facts = { name: 'Leverancier BV', kvkNumber: '', privacyContact: '', agreementModel: 'convenant_4', storageCountry: '' };
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('supplier forms', () => {
	it('take a supplier\u2019s facts, with a country by its code', () => {
		const parsed = supplierForm.parse({ ...facts, storageCountry: 'nl', convenantParty: 'on', agreementValidUntil: '2027-08-01' });
		expect(parsed).toMatchObject({ storageCountry: 'NL', convenantParty: true, privacyAnnex: false, agreementValidUntil: '2027-08-01', agreementSignedOn: null });
	});

	it('refuse a country outside the list by name, a bad KvK number, an end before the signing', () => {
		const result = supplierForm.safeParse({ ...facts, storageCountry: 'Atlantis', kvkNumber: '1234', agreementSignedOn: '2026-05-01', agreementValidUntil: '2026-04-30' });
		expect(errorsOf(result)).toEqual({
			storageCountry: "'ATLANTIS' is geen land uit de lijst. Kies een land.",
			kvkNumber: 'Een KvK-nummer heeft acht cijfers, bijvoorbeeld 12345678.',
			agreementValidUntil: 'De einddatum ligt voor de datum van ondertekening.'
		});
	});

	it('ask a sub-processor outside the EEA for its transfer mechanism, and refuse adequacy where there is none', () => {
		const base = { name: 'Helpdesk', activity: 'support' };
		expect(errorsOf(subProcessorForm.safeParse({ ...base, country: 'IN', mechanism: '' }))).toEqual({ mechanism: 'Dit land ligt buiten de EER: kies het doorgiftemechanisme.' });
		expect(errorsOf(subProcessorForm.safeParse({ ...base, country: 'IN', mechanism: 'adequacy' }))).toEqual({
			mechanism: 'Voor IN is er geen adequaatheidsbesluit. Kies een ander mechanisme, bijvoorbeeld modelcontractbepalingen (SCC).'
		});
		expect(errorsOf(subProcessorForm.safeParse({ ...base, country: 'US', mechanism: 'telepathy' }))).toEqual({ mechanism: "'telepathy' is geen doorgiftemechanisme uit de lijst." });
		expect(subProcessorForm.parse({ ...base, country: 'US', mechanism: 'SCC' }).mechanism).toBe('SCC');
		// inside the EEA there is no transfer: a mechanism given anyway is not kept
		expect(subProcessorForm.parse({ ...base, country: 'DE', mechanism: 'SCC' }).mechanism).toBe('');
	});

	it('take a certification without an end date as not expiring', () => {
		expect(certificationForm.parse({ kind: 'iso27001', note: '' })).toEqual({ kind: 'iso27001', note: '', validUntil: '' });
		expect(certificationForm.safeParse({ kind: 'iso9001', note: '' }).success).toBe(false);
	});
});

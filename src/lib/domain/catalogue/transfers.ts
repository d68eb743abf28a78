import type { Option } from './options';

/** Transfer mechanisms for a country outside the EEA (OL-TRF, domain spec §10). */
export const TRANSFER_MECHANISMS = [
	{ id: 'adequacy', label: { nl: 'Adequaatheidsbesluit (art. 45)', en: 'Adequacy decision (Art. 45)' } },
	{ id: 'SCC', label: { nl: 'Modelcontractbepalingen (SCC)', en: 'Standard contractual clauses (SCC)' } },
	{ id: 'BCR', label: { nl: 'Bindende bedrijfsvoorschriften (BCR)', en: 'Binding corporate rules (BCR)' } },
	{ id: 'certification', label: { nl: 'Certificering', en: 'Certification' } },
	{ id: 'code_of_conduct', label: { nl: 'Gedragscode', en: 'Code of conduct' } },
	{ id: 'legal_instrument', label: { nl: 'Juridisch bindend instrument tussen overheden', en: 'Legally binding instrument between public bodies' } },
	{ id: 'art49', label: { nl: 'Uitzondering (art. 49)', en: 'Derogation (Art. 49)' } },
	{ id: 'other', label: { nl: 'Overig of onbekend', en: 'Other or unknown' } }
] as const satisfies readonly Option[];
export type TransferMechanismId = (typeof TRANSFER_MECHANISMS)[number]['id'];

import type { Locale, Localized } from './i18n';
import { RETENTION_PRESETS } from './retention';
import { TRANSFER_MECHANISMS } from './transfers';

// Two lists live in modules of their own so that the questionnaire's browser code, which needs only them, does
// not take the other lists along (issue 24); they are part of this catalogue all the same.
export { RETENTION_PRESETS, type RetentionPreset } from './retention';
export { TRANSFER_MECHANISMS, type TransferMechanismId } from './transfers';

/**
 * Option lists of the questionnaire (domain spec §4 "Option lists"). Ids are stable: they are stored in
 * answers, exports and the API. Sources: OL-SUBJ/OL-TRF §10; OL-DATA seed 002 (+ ICT set seed 003
 * §4.1.2, staff set seed 001); OL-PURPOSE seed 004 art. 4; OL-LB Art. 6(1); OL-ART9 Art. 9(2).
 */
export interface Option {
	readonly id: string;
	readonly label: Localized;
	readonly warning?: Localized;
}

const o = (id: string, nl: string, en: string): Option => ({ id, label: { nl, en } });

export const SUBJECTS = [
	{ id: 'leerling_lt16', label: { nl: 'Leerlingen jonger dan 16', en: 'Pupils under 16' } },
	{ id: 'leerling_16plus', label: { nl: 'Leerlingen van 16 jaar en ouder', en: 'Pupils aged 16 and over' } },
	{ id: 'ouder', label: { nl: 'Ouders/verzorgers', en: 'Parents/guardians' } },
	{ id: 'medewerker', label: { nl: 'Medewerkers (ook vrijwilligers en stagiairs)', en: 'Staff (incl. volunteers and interns)' } },
	{ id: 'bezoeker', label: { nl: 'Bezoekers', en: 'Visitors' } },
	{ id: 'oud_leerling', label: { nl: 'Oud-leerlingen', en: 'Former pupils' } },
	{ id: 'anders', label: { nl: 'Anderen', en: 'Others' } }
] as const satisfies readonly Option[];
export type SubjectId = (typeof SUBJECTS)[number]['id'];

/** Subjects WP248 counts as vulnerable (criterion 7): children and employees. */
export const VULNERABLE_SUBJECTS: readonly SubjectId[] = ['leerling_lt16', 'leerling_16plus', 'medewerker'];

export const DATA_ITEMS: readonly Option[] = [
	o('contact', 'Naam- en contactgegevens (naam, e-mail, adres, telefoon)', 'Name and contact details (name, email, address, phone)'),
	o('birth_gender', 'Geboortedatum en geslacht', 'Date of birth and gender'),
	o('bank_account', 'Bankrekeningnummer', 'Bank account number'),
	o('pupil_number', 'Leerlingnummer', 'Pupil number'),
	o('nationality', 'Nationaliteit en geboorteplaats', 'Nationality and place of birth'),
	o('parents', 'Gegevens van ouders/voogd', 'Parent/guardian details'),
	o('medical', 'Medische gegevens', 'Medical data'),
	o('religion', 'Godsdienst of levensovertuiging', 'Religion or belief'),
	o('progress', 'Studievoortgang (resultaten, begeleiding, OPP, aanwezigheid, klas)', 'Study progress (results, support, OPP, attendance, class)'),
	o('school_organisation', 'Onderwijsorganisatie (rooster, boekenlijst, schoolpas)', 'School organisation (timetable, book list, school pass)'),
	o('finance', 'Financiële gegevens (ouderbijdrage, betalingen)', 'Financial data (parental contribution, payments)'),
	o('images', 'Beeldmateriaal (foto, video, camerabeelden)', 'Images (photos, video, camera footage)'),
	o('school_staff_contacts', 'Docent, mentor, IB\'er of zorgcoördinator', 'Teacher, mentor or care coordinator'),
	o('bsn', 'BSN of persoonsgebonden nummer (PGN)', 'Citizen service number or education number (PGN)'),
	o('eck_id', 'Ketenpseudoniem (ECK iD)', 'Chain pseudonym (ECK iD)'),
	o('login', 'Inlognaam en accountgegevens', 'Login name and account data'),
	o('ip_device', 'IP-adres en apparaatgegevens', 'IP address and device data'),
	o('group_level', 'Groep, klas of niveau', 'Group, class or level'),
	o('usage_logs', 'Gebruiks- en loggegevens', 'Usage and log data'),
	o('staff_hr', 'Personeelsgegevens (functie, contract, salaris)', 'Staff data (position, contract, salary)'),
	o('other_legal', 'Overige wettelijk vereiste gegevens', 'Other data required by law')
];

export const DATA_CLASSES: readonly Option[] = [
	o('gewoon', 'Gewoon persoonsgegeven', 'Ordinary personal data'),
	o('gevoelig', 'Gevoelig persoonsgegeven', 'Sensitive personal data'),
	o('bijzonder', 'Bijzonder persoonsgegeven (art. 9 AVG)', 'Special category data (Art. 9 GDPR)'),
	o('strafrechtelijk', 'Strafrechtelijk gegeven (art. 10 AVG)', 'Criminal-offence data (Art. 10 GDPR)'),
	o('identificatienummer', 'Nationaal identificatienummer (BSN/PGN)', 'National identification number (BSN/PGN)')
];

export const PURPOSES: readonly Option[] = [
	o('education', 'Onderwijs en begeleiding', 'Education and pupil support'),
	o('learning_materials', 'Leermiddelen', 'Learning materials'),
	o('safety', 'Veiligheid', 'Safety'),
	o('website', 'Website', 'Website'),
	o('publicity', 'Publiciteit', 'Publicity'),
	o('contributions', 'Bijdragen en betalingen', 'Contributions and payments'),
	o('funding', 'Bekostiging en accountant', 'Funding and audit'),
	o('alumni', 'Oud-leerlingen', 'Former pupils'),
	o('employment', 'Arbeidsrelaties', 'Employment'),
	o('legal_tasks', 'Wettelijke taken', 'Statutory tasks'),
	o('legal_proceedings', 'Juridische procedures', 'Legal proceedings')
];

export const LEGAL_BASES: readonly Option[] = [
	o('a_consent', 'Toestemming (art. 6 lid 1 sub a)', 'Consent (Art. 6(1)(a))'),
	o('b_contract', 'Uitvoering overeenkomst (sub b)', 'Contract (Art. 6(1)(b))'),
	o('c_legal_obligation', 'Wettelijke verplichting (sub c)', 'Legal obligation (Art. 6(1)(c))'),
	o('d_vital_interest', 'Vitaal belang (sub d)', 'Vital interest (Art. 6(1)(d))'),
	o('e_public_task', 'Algemeen belang of openbaar gezag (sub e)', 'Public task (Art. 6(1)(e))'),
	{
		id: 'f_legitimate_interest',
		label: { nl: 'Gerechtvaardigd belang (sub f)', en: 'Legitimate interest (Art. 6(1)(f))' },
		// Art. 6(1) last sentence: (f) does not apply to public authorities performing their tasks (spec §9).
		warning: {
			nl: 'Let op: een overheidsorgaan kan zich bij de uitvoering van zijn taken niet op gerechtvaardigd belang beroepen. Laat de FG beoordelen of dit voor uw bestuur geldt.',
			en: 'Note: a public authority cannot rely on legitimate interest when performing its tasks. Ask the DPO whether this applies to your board.'
		}
	}
];

export const ART9_GROUNDS: readonly Option[] = [
	o('a', 'a. Uitdrukkelijke toestemming', 'a. Explicit consent'),
	o('b', 'b. Arbeidsrecht en sociale zekerheid', 'b. Employment and social security law'),
	o('c', 'c. Vitaal belang', 'c. Vital interests'),
	o('d', 'd. Stichting of vereniging zonder winstoogmerk', 'd. Not-for-profit body'),
	o('e', 'e. Kennelijk openbaar gemaakt door betrokkene', 'e. Manifestly made public by the data subject'),
	o('f', 'f. Rechtsvordering', 'f. Legal claims'),
	o('g', 'g. Zwaarwegend algemeen belang', 'g. Substantial public interest'),
	o('h', 'h. Gezondheidszorg en sociale zorg', 'h. Health or social care'),
	o('i', 'i. Volksgezondheid', 'i. Public health'),
	o('j', 'j. Archivering, onderzoek of statistiek', 'j. Archiving, research or statistics')
];

export const RECIPIENTS: readonly Option[] = [
	o('duo', 'DUO / ministerie van OCW', 'DUO / Ministry of Education'),
	o('attendance_officer', 'Leerplichtambtenaar / gemeente', 'School attendance officer / municipality'),
	o('inspectorate', 'Inspectie van het Onderwijs', 'Education Inspectorate'),
	o('swv', 'Samenwerkingsverband passend onderwijs', 'Regional special-needs partnership'),
	o('ggd', 'GGD', 'Public health service (GGD)'),
	o('accountant', 'Accountant', 'Auditor'),
	o('new_school', 'Nieuwe school (onderwijskundig rapport)', 'New school (transfer report)'),
	o('veilig_thuis', 'Veilig Thuis', 'Veilig Thuis (child protection)'),
	o('cjg', 'Centrum voor Jeugd en Gezin', 'Youth and family centre'),
	o('police', 'Politie (op officieel verzoek)', 'Police (official request)'),
	o('processors', 'Verwerkers (leveranciers)', 'Processors (vendors)'),
	o('other_parents', 'Andere ouders (met toestemming)', 'Other parents (with consent)')
];

export const OPTION_LISTS = {
	'OL-DATA': DATA_ITEMS,
	'OL-SUBJ': SUBJECTS as readonly Option[],
	'OL-PURPOSE': PURPOSES,
	'OL-LB': LEGAL_BASES,
	'OL-ART9': ART9_GROUNDS,
	'OL-REC': RECIPIENTS,
	'OL-TRF': TRANSFER_MECHANISMS as readonly Option[],
	'OL-RET': RETENTION_PRESETS,
	'OL-CLASS': DATA_CLASSES
} as const satisfies Record<string, readonly Option[]>;
export type OptionListId = keyof typeof OPTION_LISTS;

export function isOptionListId(id: string): id is OptionListId {
	return Object.hasOwn(OPTION_LISTS, id);
}

/** The label of an option, or undefined for an unknown id (never a silent empty string). */
export function optionLabel(listId: OptionListId, optionId: string, locale: Locale): string | undefined {
	return OPTION_LISTS[listId].find((option) => option.id === optionId)?.label[locale];
}

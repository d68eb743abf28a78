import type { Localized } from '../catalogue/i18n';
import type { Option } from '../catalogue/options';
import { FEARED_EVENT_LABELS, FEARED_EVENTS, MITIGATION_TYPE_LABELS, MITIGATION_TYPES } from '../risk/feared-events';
import { LEVEL_IDS, LEVEL_LABELS } from '../risk/matrix';
import { SEVERITY_SCALE, LIKELIHOOD_SCALE } from '../risk/scales';
import { BOARD_DECISION_LABELS, BOARD_DECISIONS, FG_VERDICT_LABELS, FG_VERDICTS } from '../workflow/decisions';

/**
 * Choices that belong to one question only. Shared lists (OL-*) stay in `catalogue/options.ts`; lists that
 * other modules own (levels, feared events, decisions) are taken from there so ids cannot drift.
 */
const o = (id: string, nl: string, en: string): Option => ({ id, label: { nl, en } });
const from = <Id extends string>(ids: readonly Id[], labels: Record<Id, Localized>): Option[] => ids.map((id) => ({ id, label: labels[id] }));

export const CHANGE_KINDS = [o('new', 'Nieuwe verwerking', 'New processing'), o('change', 'Wijziging van een bestaande verwerking', 'Change to an existing processing')];

/** Pre-scan outcomes (spec §10). */
export const PRESCAN_OUTCOMES = [o('mandatory', 'Verplicht', 'Mandatory'), o('recommended', 'Aanbevolen', 'Recommended'), o('not_required', 'Niet verplicht', 'Not required')];

export const DATA_SOURCES = [o('data_subject', 'De betrokkene zelf', 'The data subject'), o('other_party', 'Een andere partij', 'Another party')];

export const TECHNIQUES = [
	o('profiling', 'Profilering', 'Profiling'),
	o('automated_decisions', 'Geautomatiseerde besluiten', 'Automated decisions'),
	o('ai_algorithm', 'AI of algoritme', 'AI or algorithm'),
	o('cloud', 'Cloud', 'Cloud'),
	o('big_data', 'Big data', 'Big data'),
	o('camera', 'Camera', 'Camera'),
	o('logging', 'Logging', 'Logging'),
	o('none', 'Geen van deze', 'None of these')
];
/** Techniques where a person or a system may take the decision (4.3). */
export const DECIDING_TECHNIQUES = ['profiling', 'automated_decisions', 'ai_algorithm'];

export const DECIDERS = [
	o('human', 'Een mens', 'A person'),
	o('system_proposes', 'Het systeem stelt voor, een mens beslist', 'The system proposes, a person decides'),
	o('system', 'Het systeem', 'The system')
];

export const YES_NO_UNKNOWN = [o('yes', 'Ja', 'Yes'), o('no', 'Nee', 'No'), o('unknown', 'Onbekend', 'Unknown')];
export const YES_NO_NA = [o('yes', 'Ja', 'Yes'), o('no', 'Nee', 'No'), o('not_applicable', 'Niet van toepassing', 'Not applicable')];

export const PARTY_ROLES = [
	o('controller', 'Verwerkingsverantwoordelijke', 'Controller'),
	o('joint_controller', 'Gezamenlijk verwerkingsverantwoordelijke', 'Joint controller'),
	o('processor', 'Verwerker', 'Processor'),
	o('sub_processor', 'Subverwerker', 'Sub-processor'),
	o('third_party', 'Derde', 'Third party'),
	o('provider', 'Verstrekker', 'Provider of data'),
	o('recipient', 'Ontvanger', 'Recipient')
];
export const PROCESSOR_ROLES = ['processor', 'sub_processor'];

export const COVENANT_STATUS = [
	o('member_model_signed', 'Deelnemer Privacyconvenant, model 4.0 getekend', 'Covenant member, model agreement 4.0 signed'),
	o('member_not_signed', 'Deelnemer Privacyconvenant, nog niet getekend', 'Covenant member, not yet signed'),
	o('other_agreement', 'Geen deelnemer, wel een verwerkersovereenkomst', 'Not a member, but a processing agreement'),
	o('no_agreement', 'Geen verwerkersovereenkomst', 'No processing agreement')
];

export const VIEWS_SOUGHT = [
	o('gmr', '(G)MR', 'Participation council'),
	o('parents_council', 'Ouderraad', "Parents' council"),
	o('pupils_council', 'Leerlingenraad', "Pupils' council"),
	o('survey', 'Enquête', 'Survey'),
	o('nobody', 'Niemand', 'Nobody')
];

export const LOCATIONS = [
	o('nl_on_premise', 'In Nederland, op eigen servers', 'In the Netherlands, on own servers'),
	o('eea', 'Binnen de EER', 'Within the EEA'),
	o('outside_eea', 'Buiten de EER', 'Outside the EEA')
];

export const INTERNAL_POLICIES = [
	o('privacy_regulation', 'Privacyreglement', 'Privacy regulation'),
	o('ai_policy', 'AI-beleid', 'AI policy'),
	o('ict_regulation', 'ICT-reglement', 'ICT regulation'),
	o('camera_regulation', 'Camerareglement', 'Camera regulation'),
	o('breach_protocol', 'Datalekprotocol', 'Data breach protocol'),
	o('none', 'Geen', 'None')
];

export const SECTOR_FRAMEWORKS = [
	o('privacy_covenant', 'Privacyconvenant', 'Privacy covenant'),
	o('normenkader_ibp', 'Normenkader IBP', 'IBP security and privacy standard'),
	o('sector_dpia', 'Sector-DPIA', 'Sector DPIA')
];

export const VENDOR_DELETION = [
	o('return_and_delete', 'Teruggave en verwijdering afgesproken', 'Return and deletion agreed'),
	o('delete_only', 'Alleen verwijdering afgesproken', 'Deletion agreed'),
	o('not_agreed', 'Niet afgesproken', 'Not agreed'),
	o('no_vendor', 'Geen leverancier', 'No vendor')
];

export const CONSENT_CONDITIONS = [
	o('parent_under_16', 'Van de ouder bij leerlingen onder 16', 'From the parent for pupils under 16'),
	o('pupil_16_plus', 'Van de leerling vanaf 16', 'From the pupil from 16'),
	o('free', 'Vrij gegeven', 'Freely given'),
	o('specific', 'Specifiek', 'Specific'),
	o('informed', 'Geïnformeerd', 'Informed'),
	o('withdrawable', 'Intrekbaar', 'Withdrawable')
];

export const FURTHER_PROCESSING = [
	o('permitted_by_law', 'Toegestaan op grond van het recht', 'Permitted by law'),
	o('compatible', 'Verenigbaar met het oorspronkelijke doel', 'Compatible with the original purpose'),
	o('not_applicable', 'Niet van toepassing', 'Not applicable')
];

export const MINIMISATION = [
	o('pseudonymised', 'Gepseudonimiseerd (bijvoorbeeld ECK iD)', 'Pseudonymised (e.g. ECK iD)'),
	o('fewer_fields', 'Minder velden dan de leverancier vraagt', 'Fewer fields than the vendor asks for'),
	o('not_possible', 'Niet mogelijk (toelichten)', 'Not possible (explain)')
];

/** The eight rights of 15.1 (Art. 12–22 AVG). */
export const RIGHTS = [
	o('access', 'Inzage', 'Access'),
	o('rectification', 'Rectificatie', 'Rectification'),
	o('erasure', 'Wissen', 'Erasure'),
	o('restriction', 'Beperking', 'Restriction'),
	o('portability', 'Overdraagbaarheid', 'Portability'),
	o('no_automated_decision', 'Geen uitsluitend geautomatiseerd besluit', 'No solely automated decision'),
	o('objection', 'Bezwaar', 'Objection'),
	o('information', 'Informatie', 'Information')
];

export const FEARED_EVENT_CHOICES = from(FEARED_EVENTS, FEARED_EVENT_LABELS);
export const LEVEL_CHOICES = from(LEVEL_IDS, LEVEL_LABELS);
export const MITIGATION_TYPE_CHOICES = from(MITIGATION_TYPES, MITIGATION_TYPE_LABELS);
export const SEVERITY_CHOICES = SEVERITY_SCALE.map((s): Option => ({ id: String(s.value), label: s.label }));
export const LIKELIHOOD_CHOICES = LIKELIHOOD_SCALE.map((s): Option => ({ id: String(s.value), label: s.label }));
export const FG_VERDICT_CHOICES = from(FG_VERDICTS, FG_VERDICT_LABELS);
export const BOARD_DECISION_CHOICES = from(BOARD_DECISIONS, BOARD_DECISION_LABELS);

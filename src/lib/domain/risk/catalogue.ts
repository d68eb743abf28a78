import type { Localized } from '../catalogue/i18n';
import type { TriggerId } from '../triggers';
import type { FearedEvent, MitigationType } from './feared-events';

export interface Mitigation {
	readonly type: MitigationType;
	readonly label: Localized;
}

/** A standard school risk (spec §5.3): a starting point that the assessor scores for the local situation. */
export interface CatalogueRisk {
	readonly id: string;
	/** The risk's title. */
	readonly label: Localized;
	/** The kind of tool or situation in which the risk typically shows up. */
	readonly typicalTrigger: Localized;
	readonly fearedEvent: FearedEvent;
	readonly mitigations: readonly Mitigation[];
	/** Pre-scan rules (spec §3) whose firing makes this risk worth considering. */
	readonly relatedTriggers: readonly TriggerId[];
}

const l = (nl: string, en: string): Localized => ({ nl, en });
const T = (nl: string, en: string): Mitigation => ({ type: 'technical', label: { nl, en } });
const O = (nl: string, en: string): Mitigation => ({ type: 'organisational', label: { nl, en } });
const C = (nl: string, en: string): Mitigation => ({ type: 'contractual', label: { nl, en } });

/** Ids R01..R15 are stored on risks taken from the catalogue; the order is the spec's. */
export const RISK_CATALOGUE: readonly CatalogueRisk[] = [
	{
		id: 'R01',
		label: l('Hergebruik leerlinggegevens door leverancier', 'Vendor reuses pupil data'),
		typicalTrigger: l('Cloudpakketten, gratis apps, diagnostische gegevens', 'Cloud suites, free apps, diagnostic data'),
		fearedEvent: 'other_harm',
		mitigations: [
			C('Model-verwerkersovereenkomst 4.0 sluiten, de privacybijsluiter controleren en alleen kerndiensten afnemen', 'Sign the model processing agreement 4.0, check the privacy leaflet and use core services only'),
			T('SIVON-instellingen toepassen, extra diensten uitzetten en het ECK iD gebruiken in plaats van naam', 'Apply the SIVON settings, switch off additional services and use the ECK iD instead of names')
		],
		relatedTriggers: ['C6', 'AP-16']
	},
	{
		id: 'R02',
		label: l('Doorgifte of toegang buiten de EER', 'Transfer or access outside the EEA'),
		typicalTrigger: l('Leverancier met Amerikaans moederbedrijf, ondersteuning vanuit het buitenland', 'US-owned vendor, support from abroad'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			C('Doorgiftemechanisme vastleggen en een doorgiftetoets (DTIA) uitvoeren', 'Record the transfer mechanism and carry out a transfer impact assessment (DTIA)'),
			T('Versleutelen met eigen sleutels en end-to-endversleuteling waar die er is', 'Encrypt with own keys, and use end-to-end encryption where available'),
			O('Geen bijzondere persoonsgegevens in deze dienst', 'No special category data in this service')
		],
		relatedTriggers: []
	},
	{
		id: 'R03',
		label: l('Profilering leidt tot etikettering van leerlingen', 'Profiling labels pupils'),
		typicalTrigger: l('Adaptief leren, signalen uit het leerlingvolgsysteem', 'Adaptive learning, signals from the pupil monitoring system'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('Een profiel beslist nooit zelf en wordt alleen voor het onderwijs gebruikt', 'A profile never decides by itself and is used for education only'),
			O('Ouders en leerlingen uitleggen hoe de profilering werkt', 'Explain to parents and pupils how the profiling works'),
			O('Algoritmen periodiek controleren en een route bieden voor correctie en bezwaar', 'Review the algorithms periodically and offer a route for correction and objection')
		],
		relatedTriggers: ['C1', 'AP-15', 'S-1', 'L-A']
	},
	{
		id: 'R04',
		label: l('Geautomatiseerd besluit zonder menselijke tussenkomst', 'Automated decision without human involvement'),
		typicalTrigger: l('Automatische weigering van inschrijving, plaatsingsadvies', 'Automatic refusal of enrolment, placement advice'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('Een mens beoordeelt elk besluit met gevolgen voor de leerling', 'A person reviews every decision that affects the pupil'),
			O('De logica uitleggen en zo nodig een IAMA uitvoeren', 'Explain the logic and carry out a human-rights and algorithms assessment (IAMA) if needed')
		],
		relatedTriggers: ['C2', 'C9', 'L-A']
	},
	{
		id: 'R05',
		label: l('Vooringenomen of onjuiste AI-uitkomst', 'Biased or wrong AI output'),
		typicalTrigger: l('Generatieve AI, hulpmiddelen bij beoordelen', 'Generative AI, grading aids'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('De leraar controleert elke uitkomst voordat die gevolgen heeft', 'The teacher checks every output before it has any effect'),
			O('Geen herleidbare leerlinggegevens in prompts, vastgelegd in AI-beleid', 'No identifiable pupil data in prompts, laid down in an AI policy'),
			O('Uitkomsten toetsen op discriminatie; nagaan of de AI-verordening de toepassing als hoog risico of verboden aanmerkt', 'Test outputs for discrimination; check whether the AI Act treats the use as high-risk or prohibited')
		],
		relatedTriggers: ['S-4', 'C8', 'C1']
	},
	{
		id: 'R06',
		label: l('Gegevens worden te lang bewaard', 'Data kept too long'),
		typicalTrigger: l('Standaardinstelling "altijd bewaren", geen exitregeling', 'Default "keep forever", no exit clause'),
		fearedEvent: 'other_harm',
		mitigations: [
			T('Automatisch verwijderen na de bewaartermijn', 'Delete automatically when the retention period ends'),
			C('Teruggave en verwijdering bij het einde van het contract afspreken', 'Agree on return and deletion at the end of the contract'),
			O('Bewaartermijnen vastleggen en gegevens voor statistiek anonimiseren', 'Lay down retention periods and anonymise data used for statistics')
		],
		relatedTriggers: ['C5']
	},
	{
		id: 'R07',
		label: l('Onbevoegde toegang door medewerkers', 'Unauthorised access by staff'),
		typicalTrigger: l('Alle medewerkers zien alle leerlingen', 'All staff see all pupils'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			T('Toegang per rol, persoonlijke accounts, tweestapsverificatie en logging', 'Role-based access, personal accounts, multi-factor authentication and logging'),
			O('Alleen toegang wie het nodig heeft; geheimhoudingsverklaring', 'Access on a need-to-know basis only; confidentiality statement')
		],
		relatedTriggers: ['C4', 'C5']
	},
	{
		id: 'R08',
		label: l('Datalek bij de (sub)verwerker', 'Data breach at the (sub)processor'),
		typicalTrigger: l('Hack of verkeerde instelling bij de leverancier', 'Vendor hack or misconfiguration'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			C('Afspraken over datalekken en meldtermijnen in de verwerkersovereenkomst', 'Breach clauses and notification deadlines in the processing agreement'),
			O('Incidentenregister; intern melden binnen 24 uur, de AP melden tenzij het risico laag is, ouders informeren bij hoog risico', 'Incident register; report internally within 24 hours, notify the AP unless the risk is low, inform parents when the risk is high'),
			T('Versleuteling en back-ups', 'Encryption and backups')
		],
		relatedTriggers: ['C4', 'C5']
	},
	{
		id: 'R09',
		label: l('Misbruik van camerabeelden', 'Misuse of camera footage'),
		typicalTrigger: l("Camera's op het schoolplein of bij ingangen", 'Cameras on the school grounds or at entrances'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			O("Alleen camera's waar nodig, nooit in lokalen, toiletten, kleed- of spreekkamers; borden ophangen; weinig kijkers en een kwaliteitskaart", 'Cameras only where needed, never in classrooms, toilets, changing or meeting rooms; signs; few viewers and a quality sheet'),
			T('Beelden na hoogstens vier weken verwijderen, tenzij er een incident is', 'Delete footage after at most four weeks unless there is an incident')
		],
		relatedTriggers: ['AP-09', 'C3', 'L-C', 'S-3']
	},
	{
		id: 'R10',
		label: l('Monitoring wordt controle op personen', 'Monitoring turns into surveillance of people'),
		typicalTrigger: l('Netwerk- en ICT-logging, scannen van e-mail', 'Network and ICT logging, e-mail scanning'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('Logging alleen voor netwerkbeheer en beveiliging, geaggregeerd en kort bewaard; bij controle op medewerkers AP-11 en AP-13 nalopen', 'Logging only for network management and security, aggregated and kept briefly; check AP-11 and AP-13 before monitoring staff')
		],
		relatedTriggers: ['AP-11', 'AP-13', 'C3']
	},
	{
		id: 'R11',
		label: l('Bijzondere gegevens in algemene hulpmiddelen', 'Special category data in general tools'),
		typicalTrigger: l('Gezondheidsinformatie in Teams, e-mail of spreadsheets', 'Health information in Teams, e-mail or spreadsheets'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			O('Zorggegevens alleen in het administratie- of volgsysteem; uitdrukkelijke toestemming waar nodig; afgeschermde mappen', 'Care data only in the administration or monitoring system; explicit consent where required; restricted folders')
		],
		relatedTriggers: ['C4', 'AP-07', 'S-2', 'L-B']
	},
	{
		id: 'R12',
		label: l('Ongeldige toestemming', 'Invalid consent'),
		typicalTrigger: l("Foto's, optionele apps, leerlingen onder 16", 'Photos, optional apps, pupils under 16'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('Toestemming van ouders onder 16 jaar en van de leerling vanaf 16; per doel en intrekbaar', 'Consent from parents under 16 and from the pupil from 16; per purpose and withdrawable'),
			O('Een toestemmingsregister bijhouden', 'Keep a consent register')
		],
		relatedTriggers: ['C7']
	},
	{
		id: 'R13',
		label: l('Gebrekkige transparantie; rechten niet uit te oefenen', 'Poor transparency; rights cannot be exercised'),
		typicalTrigger: l('Portalen van leveranciers, geen export', 'Vendor portals, no export'),
		fearedEvent: 'other_harm',
		mitigations: [
			O('Privacyverklaring en privacybijsluiter op orde', 'Privacy statement and privacy leaflet in order'),
			O('Verzoeken binnen een maand afhandelen (twee maanden verlenging mogelijk), ook overdraagbaarheid', 'Handle requests within one month (extendable by two), portability included')
		],
		relatedTriggers: ['C7']
	},
	{
		id: 'R14',
		label: l('Delen met andere ouders of sociale media zonder controle', 'Sharing with other parents or social media without control'),
		typicalTrigger: l('Klassenlijsten, ouderapps, Facebook', 'Class lists, parent apps, Facebook'),
		fearedEvent: 'unauthorised_access',
		mitigations: [
			O('Alleen met toestemming en met zo min mogelijk gegevens delen', 'Share only with consent and as little data as possible'),
			T('Instellingen van de app beperken', "Restrict the app's settings")
		],
		relatedTriggers: ['C7']
	},
	{
		id: 'R15',
		label: l('Verlies van beschikbaarheid', 'Loss of availability'),
		typicalTrigger: l('Ransomware, geen back-up', 'Ransomware, no backup'),
		fearedEvent: 'disappearance',
		mitigations: [T('Back-ups en tijdig patchen', 'Backups and timely patching'), O('Continuïteitsplan', 'Continuity plan')],
		relatedTriggers: []
	}
];

export function catalogueRiskById(id: string): CatalogueRisk | undefined {
	return RISK_CATALOGUE.find((risk) => risk.id === id);
}

/** Catalogue risks to suggest after a pre-scan: those related to at least one rule that fired. */
export function suggestedRisks(firedTriggers: readonly string[]): CatalogueRisk[] {
	const fired = new Set(firedTriggers);
	return RISK_CATALOGUE.filter((risk) => risk.relatedTriggers.some((id) => fired.has(id)));
}

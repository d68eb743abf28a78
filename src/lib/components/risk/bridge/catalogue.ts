/**
 * BRIDGE to `$lib/domain/catalogue/risks` (domain engineer): the standard school risks R01–R15 of spec
 * §5.3 with their typical mitigations, until the domain catalogue exists. Ids are stable.
 */
import type { Localized } from '$lib/domain/catalogue/i18n';

export type MitigationType = 'technical' | 'organisational' | 'contractual';
export type FearedEvent = 'unauthorised_access' | 'unwanted_change' | 'disappearance' | 'other_harm';

export interface CatalogueRisk {
	id: string;
	label: Localized;
	fearedEvent: FearedEvent;
	mitigations: { type: MitigationType; label: Localized }[];
}

const T = 'technical' as const;
const O = 'organisational' as const;
const C = 'contractual' as const;
const mit = (type: MitigationType, nl: string, en: string) => ({ type, label: { nl, en } });

export const RISK_CATALOGUE: readonly CatalogueRisk[] = [
	{ id: 'R01', label: { nl: 'Hergebruik leerlinggegevens door leverancier', en: 'Vendor reuses pupil data' }, fearedEvent: 'other_harm', mitigations: [
		mit(C, 'Verwerkersovereenkomst volgens model 4.0 en privacybijsluiter controleren', 'Data processing agreement (model 4.0) and check the privacy leaflet'),
		mit(T, 'Extra diensten uitzetten en ECK iD gebruiken in plaats van naam', 'Switch off extra services and use ECK iD instead of names')
	] },
	{ id: 'R02', label: { nl: 'Doorgifte of toegang buiten de EER', en: 'Transfer or access outside the EEA' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(C, 'Doorgiftemechanisme vastleggen en een DTIA uitvoeren', 'Record the transfer mechanism and carry out a transfer impact assessment'),
		mit(T, 'Versleuteling met eigen sleutels waar mogelijk', 'Encryption with own keys where possible'),
		mit(O, 'Geen bijzondere persoonsgegevens in deze dienst', 'No special category data in this service')
	] },
	{ id: 'R03', label: { nl: 'Profilering leidt tot etikettering van leerlingen', en: 'Profiling labels pupils' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'Een profiel beslist nooit zelf; de leerkracht weegt het mee', 'A profile never decides by itself; the teacher weighs it'),
		mit(O, 'Ouders en leerlingen uitleggen hoe de profilering werkt', 'Explain to parents and pupils how the profiling works'),
		mit(O, 'Route voor correctie en bezwaar, en periodieke controle van de algoritmen', 'A route for correction and objection, and periodic review of the algorithms')
	] },
	{ id: 'R04', label: { nl: 'Geautomatiseerd besluit zonder menselijke tussenkomst', en: 'Automated decision without human involvement' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'Elk belangrijk besluit wordt door een mens beoordeeld', 'A person reviews every significant decision'),
		mit(O, 'De logica uitleggen en zo nodig een IAMA uitvoeren', 'Explain the logic and carry out a human-rights impact assessment if needed')
	] },
	{ id: 'R05', label: { nl: 'Vooringenomen of onjuiste AI-uitkomst', en: 'Biased or wrong AI output' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'De leerkracht controleert elke uitkomst', 'The teacher checks every output'),
		mit(O, 'Geen herleidbare leerlinggegevens in prompts; AI-beleid vaststellen', 'No identifiable pupil data in prompts; adopt an AI policy'),
		mit(O, 'Uitkomsten toetsen op discriminatie', 'Test outputs for discrimination')
	] },
	{ id: 'R06', label: { nl: 'Gegevens worden te lang bewaard', en: 'Data kept too long' }, fearedEvent: 'other_harm', mitigations: [
		mit(T, 'Automatisch verwijderen na de bewaartermijn', 'Delete automatically after the retention period'),
		mit(C, 'Teruggave en verwijdering bij einde contract afspreken', 'Agree on return and deletion at the end of the contract'),
		mit(O, 'Bewaartermijnen vastleggen in de bewaarlijst', 'Record retention periods in the retention schedule')
	] },
	{ id: 'R07', label: { nl: 'Onbevoegde toegang door medewerkers', en: 'Unauthorised access by staff' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(T, 'Rolgebaseerde toegang, persoonlijke accounts, MFA en logging', 'Role-based access, personal accounts, MFA and logging'),
		mit(O, 'Alleen toegang als het nodig is; geheimhoudingsverklaring', 'Access only on a need-to-know basis; confidentiality statement')
	] },
	{ id: 'R08', label: { nl: 'Datalek bij de (sub)verwerker', en: 'Data breach at the (sub)processor' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(C, 'Meldplicht en afspraken over datalekken in de verwerkersovereenkomst', 'Breach notification terms in the processing agreement'),
		mit(O, 'Incidentenregister en meldprocedure (intern binnen 24 uur)', 'Incident register and notification procedure (internally within 24 hours)'),
		mit(T, 'Versleuteling en back-ups', 'Encryption and backups')
	] },
	{ id: 'R09', label: { nl: 'Misbruik van camerabeelden', en: 'Misuse of camera footage' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(O, 'Alleen camera’s waar nodig, nooit in lokalen of kleedruimtes; borden ophangen', 'Cameras only where needed, never in classrooms or changing rooms; put up signs'),
		mit(T, 'Beelden na hoogstens vier weken verwijderen, tenzij er een incident is', 'Delete footage after at most four weeks unless there is an incident')
	] },
	{ id: 'R10', label: { nl: 'Monitoring wordt controle op personen', en: 'Monitoring turns into surveillance of people' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'Logging alleen voor netwerkbeheer en beveiliging, geaggregeerd en kort bewaard', 'Logging only for network management and security, aggregated and kept briefly')
	] },
	{ id: 'R11', label: { nl: 'Bijzondere gegevens in algemene hulpmiddelen', en: 'Special category data in general tools' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(O, 'Zorggegevens alleen in het leerlingvolgsysteem; afgeschermde mappen', 'Care data only in the pupil monitoring system; restricted folders')
	] },
	{ id: 'R12', label: { nl: 'Ongeldige toestemming', en: 'Invalid consent' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'Toestemming van ouders onder 16 jaar, van de leerling vanaf 16; per doel en intrekbaar', 'Consent from parents under 16, from the pupil from 16; per purpose and withdrawable'),
		mit(O, 'Toestemmingsregister bijhouden', 'Keep a consent register')
	] },
	{ id: 'R13', label: { nl: 'Gebrekkige transparantie; rechten niet uit te oefenen', en: 'Poor transparency; rights cannot be exercised' }, fearedEvent: 'other_harm', mitigations: [
		mit(O, 'Privacyverklaring en privacybijsluiter op orde', 'Privacy statement and privacy leaflet in order'),
		mit(O, 'Procedure voor verzoeken binnen een maand (plus twee)', 'Procedure for requests within one month (plus two)')
	] },
	{ id: 'R14', label: { nl: 'Delen met andere ouders of sociale media zonder controle', en: 'Sharing with other parents or social media without control' }, fearedEvent: 'unauthorised_access', mitigations: [
		mit(O, 'Alleen met toestemming en zo min mogelijk gegevens delen', 'Share only with consent and as little data as possible'),
		mit(T, 'Instellingen van de app beperken', 'Restrict the app’s settings')
	] },
	{ id: 'R15', label: { nl: 'Verlies van beschikbaarheid', en: 'Loss of availability' }, fearedEvent: 'disappearance', mitigations: [
		mit(T, 'Back-ups en tijdig patchen', 'Backups and timely patching'),
		mit(O, 'Continuïteitsplan', 'Continuity plan')
	] }
];

export const FEARED_EVENT_LABELS: Record<FearedEvent, Localized> = {
	unauthorised_access: { nl: 'Onrechtmatige toegang', en: 'Unlawful access' },
	unwanted_change: { nl: 'Ongewenste wijziging', en: 'Unwanted change' },
	disappearance: { nl: 'Verdwijnen van gegevens', en: 'Disappearance of data' },
	other_harm: { nl: 'Andere schade (ook discriminatie)', en: 'Other harm (including discrimination)' }
};

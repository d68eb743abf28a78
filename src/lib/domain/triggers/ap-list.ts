import type { Trigger } from './types';

export interface ApListItem extends Trigger {
	/** The list number in the AP decision (1-17). */
	readonly number: number;
	/** WP248 criteria the AP itself attached to the item. */
	readonly criteria: readonly string[];
}

const ap = (number: number, criteria: string[], nl: string, en: string, explanationNl: string, explanationEn: string) =>
	({
		id: `AP-${String(number).padStart(2, '0')}`,
		number,
		source: 'ap-list',
		criteria,
		label: { nl, en },
		explanation: { nl: explanationNl, en: explanationEn },
		citation: { nl: `AP-lijst DPIA-plichtige verwerkingen, nr. ${number} (Stcrt. 2019, 64418)`, en: `Dutch DPA list, no. ${number} (Stcrt. 2019, 64418)` }
	}) as const;

/**
 * The 17 processing types for which the Dutch DPA (Autoriteit Persoonsgegevens) always requires a DPIA
 * (decision of 19 November 2019, Stcrt. 2019, 64418). Descriptions are our paraphrase for school staff.
 */
export const AP_LIST = [
	ap(1, ['C3', 'C5', 'C7'], 'Heimelijk onderzoek', 'Covert investigation', 'Mensen worden onderzocht zonder dat zij dat vooraf weten, bijvoorbeeld met verborgen camera\u2019s op het werk.', 'People are investigated without being told first, for example with hidden cameras at work.'),
	ap(2, ['C4', 'C6', 'C7', 'C8'], 'Zwarte lijsten', 'Blacklists', 'Gegevens over strafbaar gedrag, overlast of wanbetaling worden vastgelegd en met anderen gedeeld als waarschuwing.', 'Data on offences, nuisance or bad payment is recorded and shared with others as a warning.'),
	ap(3, ['C3', 'C4', 'C5', 'C9'], 'Fraudebestrijding', 'Fraud prevention', 'Gegevens worden op grote schaal verwerkt of mensen worden gevolgd om fraude te bestrijden.', 'Data is processed on a large scale, or people are monitored, to fight fraud.'),
	ap(4, ['C1', 'C2', 'C3', 'C4', 'C5', 'C9'], 'Creditscores', 'Credit scores', 'Er wordt een inschatting gemaakt of gebruikt van iemands kredietwaardigheid.', 'An estimate of someone\u2019s creditworthiness is made or used.'),
	ap(5, ['C3', 'C4', 'C5'], 'Financiële situatie', 'Financial situation', 'Uit de gegevens blijkt het inkomen, vermogen of uitgavenpatroon van mensen.', 'The data reveals people\u2019s income, wealth or spending.'),
	ap(6, ['C3', 'C4', 'C5'], 'Genetische persoonsgegevens', 'Genetic data', 'Genetische gegevens worden op grote schaal of stelselmatig verwerkt.', 'Genetic data is processed on a large scale or systematically.'),
	ap(7, ['C4', 'C5', 'C7'], 'Gezondheidsgegevens', 'Health data', 'Gezondheidsgegevens worden op grote schaal verwerkt, ook bij elektronische uitwisseling; (speciaal) onderwijs wordt als voorbeeld genoemd.', 'Health data is processed on a large scale, including electronic exchange; (special) education is named as an example.'),
	ap(8, ['C6', 'C7', 'C8'], 'Samenwerkingsverbanden', 'Partnerships', 'Overheden of publieke instellingen delen bijzondere of gevoelige gegevens met partners, zoals wijkteams of een veiligheidshuis.', 'Public bodies share special or sensitive data with partners, such as district teams or a safety house.'),
	ap(9, ['C3', 'C5'], 'Cameratoezicht', 'Camera surveillance', 'Voor iedereen toegankelijke ruimtes worden stelselmatig bekeken met camera\u2019s, webcams of drones.', 'Publicly accessible spaces are systematically watched with cameras, webcams or drones.'),
	ap(10, ['C3', 'C5'], 'Flexibel cameratoezicht', 'Mobile cameras', 'Er worden bodycams, helmcamera\u2019s of dashcams gebruikt.', 'Body-worn, helmet or dashboard cameras are used.'),
	ap(11, ['C3', 'C5', 'C7'], 'Controle werknemers', 'Employee monitoring', 'Activiteiten van medewerkers worden stelselmatig gevolgd, zoals e-mail, internetgebruik, locatie of camerabeelden.', 'Staff activity is monitored systematically, such as email, internet use, location or camera footage.'),
	ap(12, ['C3', 'C5'], 'Locatiegegevens', 'Location data', 'Er worden locatiegegevens verwerkt die naar personen te herleiden zijn.', 'Location data that can be traced to persons is processed.'),
	ap(13, ['C3', 'C5'], 'Communicatiegegevens', 'Communication data', 'Inhoud of metadata van communicatie wordt verwerkt, behalve wat nodig is voor de beveiliging van netwerk of dienst.', 'Content or metadata of communication is processed, except what is needed to secure the network or service.'),
	ap(14, ['C3', 'C5', 'C8'], 'Internet of things', 'Internet of things', 'Er worden gegevens verzameld via apparaten die met internet verbonden zijn, zoals slimme borden of sensoren.', 'Data is collected through internet-connected devices, such as smart boards or sensors.'),
	ap(15, ['C1', 'C3'], 'Profilering', 'Profiling', 'Persoonlijke kenmerken worden stelselmatig en uitvoerig automatisch beoordeeld; de AP noemt onder meer de prestaties van leerlingen.', 'Personal aspects are assessed automatically, systematically and extensively; the DPA names pupil performance as an example.'),
	ap(16, ['C1', 'C5'], 'Observatie en beïnvloeding van gedrag', 'Observing and steering behaviour', 'Gedrag wordt automatisch en op grote schaal geobserveerd of gestuurd, bijvoorbeeld voor gedragsgerichte advertenties.', 'Behaviour is observed or steered automatically and on a large scale, for example for behavioural advertising.'),
	ap(17, ['C3', 'C5', 'C8'], 'Biometrische gegevens', 'Biometric data', 'Biometrische gegevens, zoals een vingerafdruk of gezicht, worden gebruikt om mensen te herkennen.', 'Biometric data, such as a fingerprint or face, is used to identify people.')
] as const satisfies readonly ApListItem[];

export type ApListId = (typeof AP_LIST)[number]['id'];

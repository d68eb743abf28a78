import type { Localized } from '../catalogue/i18n';
import type { ApListId, CriterionId, LegalTriggerId, PolicyTriggerId } from '../triggers';

/** What a "yes" to a question adds to the §10 input. */
export interface QuestionEffect {
	legal?: LegalTriggerId[];
	policy?: PolicyTriggerId[];
	apList?: ApListId[];
	criteria?: CriterionId[];
	highRiskAi?: true;
}

export const THEMES = ['who', 'data', 'techniques', 'transfer', 'scale'] as const;
export type ThemeId = (typeof THEMES)[number];

export const THEME_LABELS: Record<ThemeId, Localized> = {
	who: { nl: 'Wie zijn erbij betrokken?', en: 'Who is involved?' },
	data: { nl: 'Welke gegevens?', en: 'What data?' },
	techniques: { nl: 'Welke technieken?', en: 'What techniques?' },
	transfer: { nl: 'Waar staan de gegevens?', en: 'Where is the data?' },
	scale: { nl: 'Hoe groot is de verwerking?', en: 'How large is the processing?' }
};

export interface PrescanQuestion {
	id: string;
	theme: ThemeId;
	text: Localized;
	/** One sentence on why we ask; the sources of `effect` are cited beside it. */
	help: Localized;
	effect: QuestionEffect;
}

const q = (id: string, theme: ThemeId, effect: QuestionEffect, nl: string, en: string, helpNl: string, helpEn: string): PrescanQuestion => ({
	id,
	theme,
	effect,
	text: { nl, en },
	help: { nl: helpNl, en: helpEn }
});

/**
 * The yes/no questions of the pre-scan, in plain words. Together they can fire every AP-list item, every
 * WP248 criterion but C7 (derived from the data subjects), L-A and L-B, L-C with `COMBINED_EFFECTS`, and
 * the board rules S-1..S-4 (S-5 is the review rule, never a pre-scan reason).
 */
export const QUESTIONS: readonly PrescanQuestion[] = [
	q('health', 'data', { apList: ['AP-07'], criteria: ['C4', 'C5'], legal: ['L-B'], policy: ['S-2'] },
		'Worden gezondheids- of zorggegevens van veel leerlingen vastgelegd, zoals een ontwikkelingsperspectief (OPP), diagnoses, medicijngebruik of allergieën?',
		'Is health or care data of many pupils recorded, such as a development plan (OPP), diagnoses, medication or allergies?',
		'Gezondheidsgegevens zijn bijzondere persoonsgegevens; op grote schaal is een DPIA altijd nodig.',
		'Health data is special category data; on a large scale a DPIA is always required.'),
	q('sensitive', 'data', { criteria: ['C4'] },
		'Worden andere gevoelige gegevens verwerkt, zoals het BSN, zorgnotities, gedragsincidenten, godsdienst of de thuissituatie?',
		'Is other sensitive data processed, such as the citizen service number, care notes, behaviour incidents, religion or home situation?',
		'Gevoelige gegevens maken de gevolgen van een fout of lek groter.',
		'Sensitive data makes the harm of a mistake or leak greater.'),
	q('financial', 'data', { apList: ['AP-05'] },
		'Blijkt uit de gegevens de financiële situatie van gezinnen of medewerkers, bijvoorbeeld bij ouderbijdragen, kwijtschelding of bankgegevens?',
		'Does the data reveal the financial situation of families or staff, for example parental contributions, fee waivers or bank data?',
		'Gegevens over inkomen of uitgaven staan op de lijst van de Autoriteit Persoonsgegevens.',
		'Data on income or spending is on the Dutch DPA\u2019s list.'),
	q('genetic', 'data', { apList: ['AP-06'], criteria: ['C4'] },
		'Worden genetische gegevens verwerkt?', 'Is genetic data processed?',
		'Genetische gegevens zijn bijzondere persoonsgegevens en staan op de AP-lijst.', 'Genetic data is special category data and on the DPA list.'),
	q('biometric', 'data', { apList: ['AP-17'], criteria: ['C4', 'C8'] },
		'Herkent het systeem mensen aan hun lichaam, bijvoorbeeld met een vingerafdruk of gezichtsherkenning?',
		'Does the system recognise people by their body, for example by fingerprint or face recognition?',
		'Biometrie om mensen te herkennen mag alleen als het echt nodig is (art. 29 UAVG) en staat op de AP-lijst.',
		'Biometrics to identify people is only allowed when strictly necessary (Art. 29 UAVG) and is on the DPA list.'),
	q('blacklist', 'data', { apList: ['AP-02'], criteria: ['C4'] },
		'Worden gegevens over strafbaar gedrag, overlast of wanbetaling vastgelegd en met anderen gedeeld als waarschuwing?',
		'Is data on offences, nuisance or bad payment recorded and shared with others as a warning?',
		'Zulke waarschuwingslijsten staan op de AP-lijst.', 'Such warning lists are on the DPA list.'),
	q('location', 'data', { apList: ['AP-12'] },
		'Worden locatiegegevens van personen verwerkt, zoals gps of wifi-positie?', 'Is location data of persons processed, such as GPS or wifi position?',
		'Locatiegegevens laten zien waar iemand is en staan op de AP-lijst.', 'Location data shows where someone is and is on the DPA list.'),
	q('communication', 'data', { apList: ['AP-13'], criteria: ['C3'] },
		'Worden de inhoud of gegevens over e-mail, chat of telefoon bekeken, anders dan voor de beveiliging van het netwerk?',
		'Is the content or metadata of email, chat or phone looked at, other than to secure the network?',
		'Communicatiegegevens zijn vertrouwelijk en staan op de AP-lijst.', 'Communication data is confidential and on the DPA list.'),
	q('profiling', 'techniques', { apList: ['AP-15'], criteria: ['C1'], policy: ['S-1'] },
		'Beoordeelt of voorspelt het systeem automatisch prestaties, gedrag of ontwikkeling van leerlingen, zoals een adaptieve methode of signalering?',
		'Does the system automatically assess or predict pupils\u2019 performance, behaviour or development, such as adaptive learning or alerts?',
		'Dit heet profilering; de AP noemt prestaties van leerlingen als voorbeeld.', 'This is profiling; the DPA names pupil performance as an example.'),
	q('automated_decision', 'techniques', { legal: ['L-A'], criteria: ['C2'] },
		'Neemt het systeem zelf besluiten met gevolgen voor iemand, zoals plaatsing, toelating of een niveau, zonder dat een mens meekijkt?',
		'Does the system itself take decisions that affect someone, such as placement, admission or a level, without a person checking?',
		'Besluiten zonder mens met merkbare gevolgen vallen onder art. 35 lid 3 AVG.', 'Decisions without a person that noticeably affect someone fall under GDPR Art. 35(3).'),
	q('blocking', 'techniques', { criteria: ['C9'] },
		'Kan de verwerking iemand de toegang tot onderwijs, een dienst of een recht ontzeggen?',
		'Can the processing keep someone from education, a service or a right?',
		'Uitsluiting raakt mensen hard; het is een criterium van de Europese richtlijnen.', 'Exclusion hits people hard; it is a criterion of the European guidelines.'),
	q('behaviour', 'techniques', { apList: ['AP-16'], criteria: ['C3'] },
		'Volgt of stuurt het systeem automatisch gedrag, bijvoorbeeld aandacht meten, nudging of advertenties op basis van gedrag?',
		'Does the system automatically observe or steer behaviour, for example measuring attention, nudging or behavioural advertising?',
		'Gedrag observeren en beïnvloeden staat op de AP-lijst.', 'Observing and steering behaviour is on the DPA list.'),
	q('camera', 'techniques', { apList: ['AP-09'], criteria: ['C3'], policy: ['S-3'] },
		'Worden camera\u2019s gebruikt die een ruimte filmen waar iedereen kan komen, zoals het schoolplein, de ingang of de gang?',
		'Are cameras used that film a space anyone can enter, such as the playground, entrance or corridor?',
		'Cameratoezicht staat op de AP-lijst en het bestuur doet er altijd een DPIA voor.', 'Camera surveillance is on the DPA list and the board always runs a DPIA for it.'),
	q('mobile_camera', 'techniques', { apList: ['AP-10'], criteria: ['C3'] },
		'Worden bodycams of andere draagbare camera\u2019s gebruikt?', 'Are body cameras or other wearable cameras used?',
		'Flexibel cameratoezicht staat op de AP-lijst.', 'Mobile cameras are on the DPA list.'),
	q('covert', 'techniques', { apList: ['AP-01'], criteria: ['C3'] },
		'Worden mensen onderzocht zonder dat zij dat vooraf weten, bijvoorbeeld met een verborgen camera?',
		'Are people investigated without being told first, for example with a hidden camera?',
		'Heimelijk onderzoek staat op de AP-lijst, ook als het incidenteel gebeurt.', 'Covert investigation is on the DPA list, even when incidental.'),
	q('staff_monitoring', 'techniques', { apList: ['AP-11'], criteria: ['C3'], policy: ['S-4'] },
		'Worden activiteiten van medewerkers stelselmatig gevolgd, zoals e-mail, internetgebruik, inlogtijden of locatie?',
		'Is staff activity monitored systematically, such as email, internet use, login times or location?',
		'Controle op werknemers staat op de AP-lijst.', 'Employee monitoring is on the DPA list.'),
	q('monitoring', 'techniques', { criteria: ['C3'], policy: ['S-4'] },
		'Is het een monitoringtool, bijvoorbeeld voor netwerkverkeer, schermen van leerlingen of toezicht bij online toetsen?',
		'Is it a monitoring tool, for example of network traffic, pupils\u2019 screens or online test proctoring?',
		'Stelselmatige monitoring is een criterium; het bestuur doet er altijd een DPIA voor.', 'Systematic monitoring is a criterion; the board always runs a DPIA for it.'),
	q('ai', 'techniques', { criteria: ['C8'], policy: ['S-4'] },
		'Gebruikt de toepassing kunstmatige intelligentie (AI), zoals generatieve AI, automatisch nakijken of chatbots?',
		'Does the tool use artificial intelligence (AI), such as generative AI, automatic marking or chatbots?',
		'AI is nieuwe technologie; het bestuur doet er altijd een DPIA voor.', 'AI is innovative technology; the board always runs a DPIA for it.'),
	q('high_risk_ai', 'techniques', { highRiskAi: true },
		'Gebruikt de toepassing AI om toe te laten, te beoordelen, een niveau te bepalen of toezicht te houden bij toetsen?',
		'Does the tool use AI for admission, grading, setting a level or proctoring tests?',
		'Zulke AI heet in de AI-verordening hoog risico; dan is ook een IAMA verstandig.', 'The AI Act calls such AI high-risk; a human-rights assessment (IAMA) is then advisable.'),
	q('analytics', 'techniques', { policy: ['S-4'], criteria: ['C6'] },
		'Worden gegevens uit verschillende systemen gekoppeld of op een nieuwe manier geanalyseerd, bijvoorbeeld in een dashboard?',
		'Is data from different systems combined or analysed in a new way, for example in a dashboard?',
		'Koppelen is een criterium; nieuwe analytics vallen onder de bestuursregel.', 'Combining data is a criterion; new analytics fall under the board rule.'),
	q('iot', 'techniques', { apList: ['AP-14'], criteria: ['C8'] },
		'Verzamelen apparaten die met internet verbonden zijn gegevens, zoals slimme borden, sensoren of wearables?',
		'Do internet-connected devices collect data, such as smart boards, sensors or wearables?',
		'Internet of things staat op de AP-lijst.', 'The internet of things is on the DPA list.'),
	q('partnership', 'techniques', { apList: ['AP-08'] },
		'Deelt het bestuur gevoelige gegevens met partners zoals jeugdzorg, een wijkteam of een veiligheidshuis?',
		'Does the board share sensitive data with partners such as youth care, a district team or a safety house?',
		'Gegevens delen in samenwerkingsverbanden staat op de AP-lijst; de FG beoordeelt zorgoverleg.', 'Sharing data in partnerships is on the DPA list; the DPO judges care consultations.'),
	q('fraud', 'techniques', { apList: ['AP-03'] },
		'Worden gegevens gebruikt om fraude op te sporen?', 'Is data used to detect fraud?',
		'Fraudebestrijding staat op de AP-lijst.', 'Fraud prevention is on the DPA list.'),
	q('credit', 'techniques', { apList: ['AP-04'] },
		'Wordt de kredietwaardigheid van mensen ingeschat of gebruikt?', 'Is people\u2019s creditworthiness estimated or used?',
		'Creditscores staan op de AP-lijst.', 'Credit scores are on the DPA list.'),
	q('large_scale', 'scale', { criteria: ['C5'] },
		'Gaat het om veel mensen of veel gegevens, bijvoorbeeld een hele school of het hele bestuur, of gegevens die jaren worden bewaard?',
		'Does it involve many people or much data, for example a whole school or the whole board, or data kept for years?',
		'De wet noemt geen getal voor "grootschalig"; bij twijfel beslist de FG.', 'The law sets no number for "large scale"; when in doubt the DPO decides.')
];

/**
 * What two answers mean together that neither means alone. Art. 35(3)(c) AVG makes a DPIA mandatory for
 * large-scale systematic monitoring of a publicly accessible area: cameras filming a space anyone can
 * enter ('camera'), on a large scale ('large_scale').
 */
export const COMBINED_EFFECTS: readonly { all: readonly string[]; effect: QuestionEffect }[] = [{ all: ['camera', 'large_scale'], effect: { legal: ['L-C'] } }];

export function questionsOf(theme: ThemeId): PrescanQuestion[] {
	return QUESTIONS.filter((question) => question.theme === theme);
}

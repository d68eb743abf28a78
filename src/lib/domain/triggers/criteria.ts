import type { Trigger } from './types';

const c = (id: string, nl: string, en: string, explanationNl: string, explanationEn: string) =>
	({
		id,
		source: 'wp248',
		label: { nl, en },
		explanation: { nl: explanationNl, en: explanationEn },
		citation: { nl: `WP248 rev.01, criterium ${id.slice(1)}`, en: `WP248 rev.01, criterion ${id.slice(1)}` }
	}) as const;

/**
 * The nine criteria of the European data protection guidelines (WP248 rev.01, endorsed by the EDPB).
 * Two met criteria usually mean a DPIA; the April 2017 draft's tenth (transfer outside the EU) is not one:
 * transfers raise the DTIA flag instead.
 */
export const CRITERIA = [
	c('C1', 'Mensen beoordelen op persoonskenmerken', 'Evaluation or scoring', 'Prestaties, gedrag, interesses of ontwikkeling van mensen worden beoordeeld of voorspeld.', 'People\u2019s performance, behaviour, interests or development are evaluated or predicted.'),
	c('C2', 'Geautomatiseerde besluitvorming', 'Automated decision-making', 'Een computer neemt besluiten met rechtsgevolgen of vergelijkbare gevolgen voor mensen.', 'A computer takes decisions with legal or similarly significant effects on people.'),
	c('C3', 'Stelselmatige monitoring', 'Systematic monitoring', 'Mensen worden stelselmatig gevolgd of geobserveerd, ook via netwerken.', 'People are systematically observed or monitored, also through networks.'),
	c('C4', 'Bijzondere of zeer gevoelige gegevens', 'Sensitive or highly personal data', 'Het gaat om bijzondere persoonsgegevens of zeer persoonlijke gegevens, zoals gezondheid, zorg of het BSN.', 'The data is special category or highly personal, such as health, care or the citizen service number.'),
	c('C5', 'Grootschalige verwerking', 'Large-scale processing', 'Veel mensen, veel gegevens, een lange periode of een groot gebied; de wet noemt geen getal.', 'Many people, much data, a long period or a wide area; the law sets no number.'),
	c('C6', 'Koppelen van gegevensbestanden', 'Matching or combining datasets', 'Gegevens uit verschillende bronnen worden gecombineerd op een manier die mensen niet verwachten.', 'Data from different sources is combined in a way people would not expect.'),
	c('C7', 'Kwetsbare personen', 'Vulnerable data subjects', 'Het gaat om kinderen of medewerkers: zij kunnen zich minder goed tegen de verwerking verzetten.', 'The data subjects are children or employees: they are less able to object to the processing.'),
	c('C8', 'Nieuwe technologie', 'Innovative technology', 'Er wordt nieuwe technologie gebruikt, zoals AI, biometrie of slimme apparaten.', 'Innovative technology is used, such as AI, biometrics or smart devices.'),
	c('C9', 'Blokkeren van een dienst, recht of contract', 'Blocking a right, service or contract', 'De verwerking kan mensen de toegang tot een dienst, recht of overeenkomst ontzeggen.', 'The processing can keep people from a service, right or contract.')
] as const satisfies readonly Trigger[];

export type CriterionId = (typeof CRITERIA)[number]['id'];

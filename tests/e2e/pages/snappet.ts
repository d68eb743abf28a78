import type { Answer } from './answers';

/**
 * The DPIA of "Snappet" (adaptive arithmetic, groups 3-8) as an ICT coordinator of a primary-school board
 * would fill it in: every required question of §0-§15 and §18, and the conditional ones its answers open.
 * Risks (§16), measures (§17), advice (§19) and decision (§20) have their own pages.
 */
export interface SectionAnswers {
	id: string;
	/** Answers of a plain section, or one list of answers per item of a repeatable one. */
	answers?: Answer[];
	items?: Answer[][];
}

export const SNAPPET: SectionAnswers[] = [
	{
		id: '0',
		answers: [
			{ q: '0.2', text: 'Leerlingen van groep 3 tot en met 8 oefenen rekenen op een tablet; de leerkracht volgt de voortgang in een dashboard.' },
			{ q: '0.3', pick: ['Nieuwe verwerking'] },
			{ q: '0.4', pick: ['Leerlingen jonger dan 16', 'Medewerkers (ook vrijwilligers en stagiairs)'] },
			{ q: '0.4', detail: 'Aantal: Leerlingen jonger dan 16', text: '1800' },
			{ q: '0.4', detail: 'Aantal: Medewerkers (ook vrijwilligers en stagiairs)', text: '90' },
			{ q: '0.6', detail: 'Motivering per criterium', text: 'Kinderen zijn kwetsbaar (C7) en het programma maakt een profiel van elke leerling (C1, AP-15).' }
		]
	},
	{
		id: '1',
		answers: [
			{ q: '1.1', text: 'Snappet, een adaptieve rekenmethode voor groep 3 tot en met 8 op alle scholen van de stichting.' },
			{ q: '1.2', text: 'Leerlingen oefenen op hun eigen niveau en de leerkracht ziet sneller wie extra uitleg nodig heeft.' }
		]
	},
	{
		id: '2',
		items: [
			[
				{ q: '2.1', pick: ['Leerlingnummer', 'Studievoortgang (resultaten, begeleiding, OPP, aanwezigheid, klas)'] },
				{ q: '2.2', pick: ['Leerlingen jonger dan 16'] },
				{ q: '2.3', pick: ['Gewoon persoonsgegeven'] },
				{ q: '2.4', text: 'Onderwijs: oefenen en de voortgang volgen' },
				{ q: '2.5', pick: ['De betrokkene zelf'] }
			]
		]
	},
	{
		id: '3',
		items: [
			[
				{ q: '3.1', text: 'Oefenen en bijsturen' },
				{ q: '3.2', text: 'De leerling maakt opgaven; het programma kiest de volgende opgave op basis van de antwoorden; de leerkracht ziet de resultaten.' },
				{ q: '3.3', pick: ['Leerlingnummer, Studievoortgang (resultaten, begeleiding, OPP, aanwezigheid, klas)'] }
			]
		]
	},
	{
		id: '4',
		answers: [
			{ q: '4.1', pick: ['Profilering', 'Cloud'] },
			{ q: '4.2', text: 'Het programma schat per leerling het niveau in (profilering); de dienst draait in de cloud van de leverancier.' },
			{ q: '4.3', pick: ['Het systeem stelt voor, een mens beslist'] },
			{ q: '4.4', pick: ['Ja'] }
		]
	},
	{
		id: '5',
		answers: [
			{ q: '5.1', pick: ['Leermiddelen'] },
			{ q: '5.2', pick: ['Ja'] },
			{ q: '5.3', pick: ['Nee'] }
		]
	},
	{
		id: '6',
		items: [
			[
				{ q: '6.1', text: 'Snappet BV' },
				{ q: '6.2', pick: ['Verwerker'] },
				{ q: '6.3', text: 'Supportmedewerkers, alleen op verzoek van de school' },
				{ q: '6.4', pick: ['Deelnemer Privacyconvenant, model 4.0 getekend'] },
				{ q: '6.5', text: 'Privacybijsluiter Snappet, versie 2026' }
			]
		]
	},
	{
		id: '7',
		answers: [
			{ q: '7.1', text: 'School: goed rekenonderwijs. Leerlingen: oefenen op eigen niveau zonder etiket. Leverancier: de dienst leveren.' },
			{ q: '7.2', pick: ['(G)MR'] },
			{ q: '7.3', text: 'De GMR vroeg om uitleg aan ouders; die komt in de schoolgids.' }
		]
	},
	{
		id: '8',
		answers: [
			{ q: '8.1', pick: ['Binnen de EER'] },
			{ q: '8.1', detail: 'Land', text: 'Ierland' },
			{ q: '8.3', pick: ['Nee'] }
		]
	},
	{
		id: '9',
		answers: [
			{ q: '9.1', text: 'Algemene verordening gegevensbescherming\nWet op het primair onderwijs' },
			{ q: '9.2', pick: ['Privacyreglement'] }
		]
	},
	{
		id: '10',
		answers: [
			{ q: '10.1', period: { amount: '1', unit: 'year', start: 'na het einde van het schooljaar' } },
			{ q: '10.2', text: 'Resultaten zijn na een schooljaar niet meer nodig; het leerlingvolgsysteem houdt de toetsen bij.' },
			{ q: '10.3', text: 'De ICT-coördinator' },
			{ q: '10.4', pick: ['Teruggave en verwijdering afgesproken'] }
		]
	},
	{
		id: '11',
		answers: [
			{ q: '11.1', pick: ['Algemeen belang of openbaar gezag (sub e)'] },
			{ q: '11.2', text: 'Het geven van onderwijs is een wettelijke taak (art. 8 WPO).' }
		]
	},
	{ id: '13', answers: [{ q: '13.1', pick: ['Nee'] }] },
	{
		id: '14',
		answers: [
			{ q: '14.1', text: 'Alleen resultaten van oefeningen; geen namen bij de leverancier.' },
			{ q: '14.2', text: 'Papieren werkboeken geven de leerkracht geen zicht op het niveau per leerling.' },
			{ q: '14.3', pick: ['Gepseudonimiseerd (bijvoorbeeld ECK iD)'] },
			{ q: '14.3', detail: 'Toelichting', text: 'De leverancier krijgt het ECK iD in plaats van de naam.' }
		]
	},
	{
		id: '15',
		answers: [
			{ q: '15.1', everyRow: 'Ja' },
			{ q: '15.4', text: 'Via de directeur, binnen een maand' }
		]
	},
	{
		id: '18',
		answers: [{ q: '18.1', text: 'Snappet mag worden gebruikt als de profilering alleen voor het onderwijs dient en ouders worden ingelicht.' }]
	}
];

import type { GmrTexts } from './gmr-types';

export const GMR_NL: GmrTexts = {
	title: 'Rapport voor de (G)MR',
	subtitle: (processing) => `Privacy-onderzoek naar ${processing}`,
	forCouncil: 'Samenvatting van de DPIA voor de medezeggenschapsraad',
	intro: 'De school wil een programma of systeem gebruiken waarin gegevens van leerlingen, ouders of medewerkers staan. Daarom heeft het bestuur onderzocht welke risico\u2019s dat heeft voor de privacy. In dit rapport leest u wat er uit dat onderzoek komt. Aan het eind staat wat we van u vragen.',
	glossaryTitle: 'Woorden die we in dit rapport gebruiken',
	glossary: [
		['DPIA', 'Een onderzoek naar de risico\u2019s voor de privacy, voordat de school met iets nieuws begint.'],
		['AVG', 'De Europese privacywet (Algemene verordening gegevensbescherming).'],
		['FG', 'De functionaris gegevensbescherming. Deze persoon houdt binnen het bestuur toezicht op de privacy en geeft advies.'],
		['Verwerker', 'Een bedrijf dat gegevens gebruikt in opdracht van de school, bijvoorbeeld de leverancier van een programma.'],
		['Restrisico', 'Het risico dat overblijft als alle maatregelen zijn genomen.'],
		['AP', 'De Autoriteit Persoonsgegevens. Dit is de toezichthouder op de privacy in Nederland.'],
		['Grondslag', 'De reden uit de wet waarom de school de gegevens mag gebruiken.']
	],
	sections: [
		'1. Waarom deze DPIA?',
		'2. Wat gaat de school doen en waarom?',
		'3. Welke gegevens van wie?',
		'4. Wie kan erbij en waar staan de gegevens?',
		'5. Hoe lang bewaren we de gegevens?',
		'6. Waarom mag dit?',
		'7. De belangrijkste risico\u2019s, vóór en na de maatregelen',
		'8. Wat doen de school en de leverancier?',
		'9. Het advies van de FG en wat het bestuur ermee deed',
		'10. Het besluit van het bestuur',
		'11. Uw rechten en wie u kunt bellen of mailen',
		'12. Wat vragen we van de (G)MR?'
	],
	why: {
		outcomes: {
			mandatory: 'Een DPIA is hier verplicht.',
			recommended: 'Een DPIA is hier niet verplicht, maar wel verstandig.',
			not_required: 'Een DPIA is hier niet verplicht. Het bestuur heeft er toch een gedaan.'
		},
		noPrescan: 'Het bestuur heeft besloten om dit goed te onderzoeken.',
		reasonsIntro: 'Dit zijn de redenen:',
		criteria: (list) => `Daarnaast spelen deze kenmerken mee: ${list}.`,
		extraChecks: {
			DTIA_REQUIRED: 'Gegevens gaan naar een land buiten Europa. Daarom is ook gekeken of de gegevens daar veilig genoeg zijn.',
			KIA_RECOMMENDED: 'Het programma is vooral bedoeld voor kinderen en jongeren. Daarom is het goed om ook naar de rechten van kinderen te kijken.',
			IAMA_RECOMMENDED: 'Het programma gebruikt een slim rekenmodel (algoritme of AI). Daarom is het goed om ook naar de gevolgen voor mensenrechten te kijken.'
		}
	},
	what: {
		uses: (tool, vendor) => `De school wil ${tool} gebruiken. Dit programma komt van ${vendor}.`,
		usesNoVendor: (tool) => `De school wil ${tool} gebruiken.`,
		reason: 'Waarom de school dit wil',
		purposes: 'Waarvoor de gegevens worden gebruikt',
		people: 'Van wie de school gegevens gebruikt',
		schools: 'Voor welke scholen',
		model: 'Gebaseerd op een model-DPIA',
		basedOn: (system, version, publisher) =>
			`${publisher} heeft ${system} al eens voor alle scholen onderzocht. Deze DPIA bouwt daarop voort: de model-DPIA van ${system}, versie ${version}.`,
		taken: (risks, notHere, measures, changed) =>
			`Uit het model komen ${risks} risico's en ${measures} maatregelen. ${notHere === 0 ? 'Alle risico’s gelden ook bij ons.' : `${notHere} ${notHere === 1 ? 'risico geldt' : "risico's gelden"} niet bij ons; de school heeft opgeschreven waarom.`} ${changed === 0 ? 'De school heeft geen antwoorden van het model veranderd.' : `De school heeft ${changed} ${changed === 1 ? 'antwoord' : 'antwoorden'} van het model veranderd, met een reden.`}`
	},
	data: {
		columns: ['Gegeven', 'Van wie', 'Soort gegeven'],
		classes: {
			gewoon: 'Gewoon gegeven',
			gevoelig: 'Gevoelig gegeven',
			bijzonder: 'Bijzonder gegeven, zoals gezondheid of geloof',
			strafrechtelijk: 'Gegeven over strafbare feiten',
			identificatienummer: 'BSN of ander persoonsnummer'
		},
		sensitiveNote: 'Vetgedrukt: bijzondere gegevens en het BSN. Daarvoor gelden extra strenge regels.',
		none: 'Er zijn nog geen gegevens beschreven.'
	},
	access: {
		parties: 'Wie kan bij de gegevens',
		roles: {
			controller: 'de school zelf (verantwoordelijk)',
			joint_controller: 'samen met de school verantwoordelijk',
			processor: 'werkt in opdracht van de school (verwerker)',
			sub_processor: 'werkt voor de verwerker (subverwerker)',
			third_party: 'een andere organisatie',
			provider: 'levert gegevens aan',
			recipient: 'krijgt gegevens van de school'
		},
		location: 'Waar de gegevens staan',
		transfer: (mechanism) => `Voor het sturen van gegevens buiten Europa zijn afspraken gemaakt: ${mechanism}.`,
		foreignLaw: 'Let op: de leverancier valt onder de wet van een land buiten Europa. Een buitenlandse overheid kan daardoor soms om de gegevens vragen.',
		noForeignLaw: 'De leverancier valt niet onder de wet van een land buiten Europa.',
		none: 'Er zijn nog geen partijen beschreven.'
	},
	retention: {
		period: (period) => `De gegevens worden ${period} bewaard. Daarna worden ze verwijderd.`,
		deletion: 'Als het contract met de leverancier stopt',
		unknown: 'De bewaartermijn is nog niet vastgesteld.'
	},
	basis: {
		chosen: (basis) => `De school gebruikt deze grondslag: ${basis}.`,
		explanations: {
			a_consent: 'Dat betekent: de school mag de gegevens alleen gebruiken als u daar vrij mee instemt. U mag die toestemming altijd weer intrekken.',
			b_contract: 'Dat betekent: de school heeft de gegevens nodig om een afspraak (overeenkomst) met u na te komen.',
			c_legal_obligation: 'Dat betekent: een wet verplicht de school om deze gegevens te gebruiken.',
			d_vital_interest: 'Dat betekent: de gegevens zijn nodig om iemands leven of gezondheid te beschermen.',
			e_public_task: 'Dat betekent: de school heeft de gegevens nodig om haar taak uit te voeren: goed onderwijs geven.',
			f_legitimate_interest: 'Dat betekent: de school heeft een goede reden, en die weegt zwaarder dan de privacy van de betrokkenen. De FG let erop dat een school dit maar beperkt mag gebruiken.'
		},
		parentsConsent: 'Is een leerling jonger dan 16 jaar? Dan beslissen de ouders of verzorgers over toestemming. Vanaf 16 jaar beslist de leerling zelf.',
		unknown: 'De grondslag is nog niet vastgesteld.'
	},
	risks: {
		intro: 'Bij elk risico staat hoe groot het is vóór de maatregelen en hoe groot het daarna nog is. Het niveau staat er ook in woorden bij.',
		columns: ['Wat kan er misgaan?', 'Vóór maatregelen', 'Na maatregelen'],
		none: 'Er zijn geen risico\u2019s gevonden.',
		more: (n) => `Er ${n === 1 ? 'is nog 1 kleiner risico' : `zijn nog ${n} kleinere risico\u2019s`}. Die staan in het volledige DPIA-rapport.`
	},
	measures: {
		intro: 'Dit gaan de school en de leverancier doen om de risico\u2019s kleiner te maken.',
		columns: ['Maatregel', 'Wie zorgt ervoor', 'Klaar op', 'Stand van zaken'],
		none: 'Er zijn nog geen maatregelen beschreven.'
	},
	advice: {
		verdict: (verdict, date) => `De FG gaf op ${date} dit advies: ${verdict}.`,
		none: 'De FG heeft nog geen advies gegeven.',
		followed: 'Het bestuur volgt het advies van de FG.',
		deviated: 'Het bestuur volgt het advies van de FG niet helemaal. Het bestuur legt dit zo uit:'
	},
	decision: {
		decided: (decision, date) => `Het bestuur besloot op ${date}: ${decision}.`,
		none: 'Het bestuur heeft nog geen besluit genomen.',
		residual: (level) => `Het grootste risico dat overblijft is: ${level}. Het bestuur accepteert dit risico zo:`,
		apAsked: 'Het bestuur heeft de Autoriteit Persoonsgegevens vooraf om advies gevraagd: ja.',
		apNotAsked: 'Er blijft een hoog risico over. Daarom moet het bestuur eerst de Autoriteit Persoonsgegevens om advies vragen. Dat is nog niet gebeurd.',
		apNotNeeded: 'Het bestuur hoefde de Autoriteit Persoonsgegevens niet om advies te vragen, omdat er geen hoog risico overblijft.'
	},
	rights: {
		text: [
			'U mag de gegevens inzien die de school over u of uw kind heeft.',
			'U mag vragen om fouten te verbeteren of gegevens te verwijderen.',
			'U mag bezwaar maken tegen het gebruik van gegevens.',
			'De school antwoordt binnen een maand. Soms duurt het langer, maar nooit meer dan twee maanden extra.'
		],
		channel: 'Zo doet u een verzoek',
		contact: 'Heeft u een vraag? Neem contact op met de directeur van de school of met de FG van het bestuur.',
		complaint: 'Bent u het niet eens met de school? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).'
	},
	ask: {
		intro: 'Het bestuur vraagt de (G)MR om:',
		items: [
			'Dit rapport te lezen en vragen te stellen als iets niet duidelijk is.',
			'Uw mening te geven. De AVG vraagt het bestuur om de mening van ouders, leerlingen en medewerkers te horen. Het bestuur legt uit wat het met uw mening doet.',
			'Alleen als het privacyreglement verandert, vragen we uw instemming. Dat staat in de Wet medezeggenschap op scholen.'
		],
		review: (date) => `Het bestuur bekijkt deze DPIA uiterlijk op ${date} opnieuw. Verandert er eerder iets belangrijks? Dan gebeurt dat eerder.`,
		reviewOpen: 'Het bestuur spreekt een datum af om deze DPIA opnieuw te bekijken: uiterlijk drie jaar na het besluit.'
	},
	verification: {
		heading: 'Is dit de goede versie?',
		frozen: (date, by) => `Het bestuur heeft deze versie op ${date} vastgesteld${by ? ` (${by})` : ''}. Daarna kan niemand de inhoud nog veranderen.`,
		fingerprint: 'Controlecode van de inhoud',
		howTo: 'In DPIA Wijzer staat bij deze versie dezelfde controlecode. Is de code gelijk? Dan leest u de versie die het bestuur heeft vastgesteld.',
		draft: 'Dit is een concept. Het bestuur heeft deze versie nog niet vastgesteld.'
	}
};

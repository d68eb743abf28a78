/**
 * A fully answered questionnaire for a realistic school tool, in the stored shape (one record per section,
 * list sections under `items`). Dutch, as schools write it. Conditional questions whose condition does not
 * hold (8.2, 8.4, 11.3, 11.4, 12.3, 12.4, 13.2, 13.3, 15.3) are deliberately absent.
 */
export const REPORT_ANSWERS: Record<string, Record<string, unknown>> = {
	'0': {
		'0.1': 'Snappet',
		'0.2': 'Leerlingen van groep 4 tot en met 8 maken rekenopdrachten op een tablet. De leerkracht volgt de voortgang in een dashboard.',
		'0.3': 'new',
		'0.4': { value: ['leerling_lt16', 'ouder', 'medewerker'], detail: { leerling_lt16: 640, ouder: 1100, medewerker: 42 } },
		'0.5': ['AP-15', 'C1', 'S-1'],
		'0.6': { value: 'mandatory', detail: 'Het programma volgt de leerprestaties van elke leerling en past de opdrachten daarop aan (AP-15).' }
	},
	'1': {
		'1.1': 'Een adaptief oefenprogramma voor rekenen en taal, met een dashboard voor de leerkracht.',
		'1.2': 'Leerkrachten willen beter zien welke leerling extra uitleg nodig heeft, zonder elke dag alle schriften na te kijken.',
		'1.3': 'Werkboeken op papier; een ander programma zonder dashboard. Beide vallen af omdat de leerkracht dan geen direct overzicht heeft.',
		'1.4': ['stroomschema-snappet.pdf']
	},
	'2': {
		items: [
			{ id: 'd1', answers: { '2.1': ['contact', 'pupil_number'], '2.2': ['leerling_lt16'], '2.3': 'gewoon', '2.4': 'Leerlingadministratie', '2.5': { value: 'other_party', detail: 'Uit het administratiesysteem via de koppeling van de leverancier' } } },
			{ id: 'd2', answers: { '2.1': ['progress'], '2.2': ['leerling_lt16'], '2.3': 'gevoelig', '2.4': 'Volgen van de leerontwikkeling', '2.5': { value: 'data_subject' } } },
			{ id: 'd3', answers: { '2.1': ['medical'], '2.2': ['leerling_lt16'], '2.3': 'bijzonder', '2.4': 'Aangepaste opdrachten bij dyscalculie', '2.5': { value: 'other_party', detail: 'Van de intern begeleider, met toestemming van de ouders' } } },
			{ id: 'd4', answers: { '2.1': ['login', 'usage_logs'], '2.2': ['leerling_lt16', 'medewerker'], '2.3': 'gewoon', '2.4': 'Inloggen en beheer', '2.5': { value: 'data_subject' } } }
		]
	},
	'3': {
		items: [
			{ id: 'p1', answers: { '3.1': 'Oefenen', '3.2': 'De leerling logt in en maakt opdrachten. Het programma kiest de volgende opdracht op basis van de antwoorden.', '3.3': ['d1', 'd2'], '3.4': 'Koppeling met het leerlingadministratiesysteem voor klassen en namen.' } },
			{ id: 'p2', answers: { '3.1': 'Voortgang bekijken', '3.2': 'De leerkracht bekijkt per leerling en per klas welke doelen zijn gehaald.', '3.3': ['d2', 'd3'] } }
		]
	},
	'4': {
		'4.1': ['profiling', 'cloud', 'ai_algorithm'],
		'4.2': 'Het programma maakt per leerling een profiel van beheerste rekendoelen en kiest daarmee de volgende opdracht.',
		'4.3': 'system_proposes',
		'4.4': true
	},
	'5': { '5.1': { value: ['education', 'learning_materials'], detail: 'Adaptief oefenen en volgen van de leerontwikkeling' }, '5.2': true, '5.3': 'no' },
	'6': {
		items: [
			{ id: 'q1', answers: { '6.1': 'Snappet BV', '6.2': ['processor'], '6.3': { value: 'Helpdesk van de leverancier, alleen op verzoek van de school', detail: ['d1', 'd2'] }, '6.4': 'member_model_signed', '6.5': ['privacybijsluiter-snappet.pdf'] } },
			{ id: 'q2', answers: { '6.1': 'Het schoolbestuur', '6.2': ['controller'], '6.3': { value: 'Leerkrachten en intern begeleiders', detail: ['d2', 'd3'] } } }
		]
	},
	'7': {
		'7.1': 'De school wil beter onderwijs geven. De leerling krijgt oefenstof op zijn niveau. Ouders willen dat de gegevens van hun kind veilig zijn.',
		'7.2': ['gmr', 'parents_council'],
		'7.3': 'De ouderraad vroeg om uitleg aan ouders; die staat nu in de schoolgids.'
	},
	'8': { '8.1': { value: 'eea', detail: 'Ierland' }, '8.3': false },
	'9': { '9.1': ['Wet op het primair onderwijs, art. 8', 'Algemene verordening gegevensbescherming'], '9.2': ['privacy_regulation', 'ai_policy'], '9.3': ['privacy_covenant'] },
	'10': {
		'10.1': { amount: 2, unit: 'year', start: 'na vertrek van de leerling', preset: 'pupil_after_leaving' },
		'10.2': 'De resultaten zijn nodig zolang de leerling op school zit en kort daarna voor het onderwijskundig rapport.',
		'10.3': 'De schooladministratie',
		'10.4': 'return_and_delete'
	},
	'11': { '11.1': 'e_public_task', '11.2': 'Het geven van onderwijs is een taak van algemeen belang (art. 6 lid 1 sub e AVG, Wet op het primair onderwijs).' },
	'12': { '12.2': 'g' },
	'13': { '13.1': false },
	'14': {
		'14.1': 'Het programma gebruikt alleen gegevens die nodig zijn om opdrachten te kiezen en voortgang te tonen.',
		'14.2': 'Een papieren methode geeft de leerkracht geen direct overzicht; daarom is dit het minst ingrijpende middel dat werkt.',
		'14.3': { value: 'pseudonymised', detail: 'De leverancier krijgt het ECK iD in plaats van het BSN.' }
	},
	'15': {
		'15.1': { access: 'yes', rectification: 'yes', erasure: 'yes', restriction: 'yes', portability: 'not_applicable', no_automated_decision: 'yes', objection: 'yes', information: 'yes' },
		'15.2': 'Overdraagbaarheid geldt niet bij een taak van algemeen belang (art. 20 lid 3 AVG).',
		'15.4': 'Per e-mail aan de directeur; antwoord binnen een maand, hoogstens twee maanden verlenging.'
	},
	'18': {
		'18.1': 'Snappet helpt leerkrachten het rekenonderwijs op niveau aan te bieden. Het grootste risico is dat profielen leerlingen een etiket geven. Met uitleg aan ouders, menselijke controle en een verwerkersovereenkomst zijn de risico\u2019s aanvaardbaar.'
	}
};

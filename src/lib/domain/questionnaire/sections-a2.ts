import { q, section, text } from './build';
import { COVENANT_STATUS, INTERNAL_POLICIES, LOCATIONS, PARTY_ROLES, PROCESSOR_ROLES, SECTOR_FRAMEWORKS, VENDOR_DELETION, VIEWS_SOUGHT } from './choices';

const SOUGHT = VIEWS_SOUGHT.map((v) => v.id).filter((id) => id !== 'nobody');

/** Part A, §6–10 (spec §4): parties, interests, locations, framework and retention. */
export const PART_A2_SECTIONS = [
	section('6', 'A', ['Partijen', 'Parties'], [
		q('6.1', 'TXT', 'R', ['Partij', 'Party'], ['De naam van de organisatie, bijvoorbeeld de leverancier of DUO.', 'The organisation\u2019s name, such as the vendor or DUO.']),
		q('6.2', 'MC', 'R', ['Rol', 'Role'], ['Een leverancier die alleen in opdracht van de school werkt is verwerker.', 'A vendor that only acts on the school\u2019s instructions is a processor.'], { options: { choices: PARTY_ROLES } }),
		q('6.3', 'TXT', 'R', ['Functies met toegang, tot welke gegevens', 'Who has access to what'], ['Noem functies, zoals mentor of helpdesk, en kies de gegevens waar zij bij kunnen.', 'Name positions, such as mentor or help desk, and pick the data they can reach.'], {
			detail: { type: 'REF', label: text(['Gegevens', 'Data items']), required: false, refersTo: '2' }
		}),
		// Art. 28(3) AVG: a processor works under a written agreement; the sector uses the covenant's model.
		q('6.4', 'SC', 'C', ['Deelnemer Privacyconvenant? Model-verwerkersovereenkomst 4.0 getekend?', 'Covenant member? Model processing agreement 4.0 signed?'], ['Deelnemers aan het Privacyconvenant tekenen de model-verwerkersovereenkomst 4.0.', 'Members of the privacy covenant sign the model processing agreement 4.0.'], {
			options: { choices: COVENANT_STATUS },
			when: { question: '6.2', includesAny: PROCESSOR_ROLES }
		}),
		q('6.5', 'FILE', 'C', ['Privacybijsluiter en subverwerkerslijst', 'Privacy leaflet and sub-processor list'], ['Voeg de documenten van de leverancier toe, zodat de FG ze kan lezen.', 'Attach the vendor\u2019s documents so the DPO can read them.'], {
			when: { question: '6.2', includesAny: PROCESSOR_ROLES }
		})
	], { repeatable: true }),
	section('7', 'A', ['Belangen', 'Interests'], [
		q('7.1', 'LONG', 'R', ['Belang per partij', 'Interest per party'], ['Wat heeft elke partij, ook de leerling en de ouder, bij deze verwerking te winnen of te verliezen?', 'What does each party, pupil and parent included, stand to gain or lose?']),
		// Art. 35(9) AVG: seek the views of data subjects or their representatives where appropriate, or record why not.
		q('7.2', 'MC', 'R', ['Wiens zienswijze is gevraagd?', 'Whose views were sought?'], ['De (G)MR is de vanzelfsprekende vertegenwoordiger van ouders, leerlingen en personeel.', 'The participation council is the natural representative of parents, pupils and staff.'], { options: { choices: VIEWS_SOUGHT } }),
		q('7.3', 'LONG', 'C', ['Uitkomst en opvolging', 'Outcome and follow-up'], ['Wat vonden zij, en wat is ermee gedaan?', 'What did they think, and what was done with it?'], { when: { question: '7.2', includesAny: SOUGHT } }),
		q('7.4', 'LONG', 'C', ['Waarom is geen zienswijze gevraagd?', 'Why were no views sought?'], ['De AVG vraagt vast te leggen waarom het vragen van zienswijzen niet passend was.', 'The GDPR asks to record why seeking views was not appropriate.'], { when: { question: '7.2', includesAny: ['nobody'] } })
	]),
	section('8', 'A', ['Locaties', 'Locations'], [
		q('8.1', 'SC', 'R', ['Waar worden de gegevens opgeslagen en van waaruit is toegang?', 'Where is the data stored and accessed from?'], ['Denk ook aan ondersteuning of beheer vanuit een ander land.', 'Also think of support or administration from another country.'], {
			options: { choices: LOCATIONS },
			detail: { type: 'TXT', label: text(['Land', 'Country']), required: true, onlyFor: ['eea', 'outside_eea'] }
		}),
		q('8.2', 'SC', 'C', ['Doorgiftemechanisme', 'Transfer mechanism'], ['Kies de grond voor doorgifte buiten de EER uit hoofdstuk V van de AVG.', 'Pick the basis for the transfer outside the EEA from chapter V of the GDPR.'], {
			options: { list: 'OL-TRF' },
			when: { question: '8.1', equals: 'outside_eea' }
		}),
		q('8.3', 'BOOL', 'R', ['Valt de leverancier onder recht van buiten de EER?', 'Is the vendor subject to non-EEA law?'], ['Een Amerikaans moederbedrijf kan bijvoorbeeld gedwongen worden gegevens af te geven.', 'A US parent company, for example, can be compelled to hand over data.']),
		// EDPB Recommendations 01/2020: transfer tools need an assessment of the destination's law.
		q('8.4', 'LONG', 'C', ['Aanvullende maatregelen en doorgiftetoets (DTIA)', 'Supplementary measures and transfer impact assessment'], ['Beschrijf hoe de gegevens beschermd zijn tegen toegang onder buitenlands recht.', 'Describe how the data is protected against access under foreign law.'], {
			detail: { type: 'FILE', label: text(['DTIA-document', 'DTIA document']), required: false },
			attachments: true,
			when: { any: [{ question: '8.1', equals: 'outside_eea' }, { question: '8.3', equals: true }] }
		})
	]),
	section('9', 'A', ['Kader', 'Framework'], [
		q('9.1', 'LIST', 'R', ['Wetten en artikelen', 'Laws and articles'], ['Bijvoorbeeld de Wet primair onderwijs of de AVG; één wet of artikel per regel.', 'For example the Primary Education Act or the GDPR; one law or article per line.']),
		q('9.2', 'MC', 'R', ['Intern beleid', 'Internal policies'], ['Kies de reglementen van het bestuur die voor deze verwerking gelden.', 'Pick the board\u2019s regulations that apply to this processing.'], { options: { choices: INTERNAL_POLICIES } }),
		q('9.3', 'MC', 'O', ['Sectorafspraken', 'Sector frameworks'], ['Een sector-DPIA van SIVON of Kennisnet kan als basis dienen.', 'A sector DPIA by SIVON or Kennisnet can serve as a baseline.'], { options: { choices: SECTOR_FRAMEWORKS } })
	]),
	section('10', 'A', ['Bewaren', 'Retention'], [
		q('10.1', 'PERIOD', 'R', ['Bewaartermijn en startmoment', 'Retention period and start'], ['Begin bij een voorgestelde termijn en pas die aan; de FG bevestigt de termijn.', 'Start from a suggested period and adjust it; the DPO confirms the period.'], { options: { list: 'OL-RET' } }),
		q('10.2', 'LONG', 'R', ['Motivering', 'Rationale'], ['Waarom is deze termijn nodig, en niet korter?', 'Why is this period needed, and not a shorter one?']),
		q('10.3', 'TXT', 'R', ['Wie bewaakt de termijn?', 'Who monitors the period?'], ['Noem een functie, bijvoorbeeld de administratie of de IBP-coördinator.', 'Name a position, such as the administration or the privacy coordinator.']),
		q('10.4', 'SC', 'R', ['Verwijdering bij de leverancier na einde contract', 'Vendor deletion at the end of the contract'], ['Leg vast dat de leverancier de gegevens teruggeeft of verwijdert.', 'Make sure the vendor returns or deletes the data.'], { options: { choices: VENDOR_DELETION } })
	])
];

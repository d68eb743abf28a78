import { q, section, text } from './build';
import { CHANGE_KINDS, PRESCAN_OUTCOMES } from './choices';

/** §0 Intake and §1 Proposal (spec §4). 0.5 and 0.6 are filled from the pre-scan and may be corrected. */
export const INTAKE_SECTIONS = [
	section('0', 'intake', ['Intake', 'Intake'], [
		q('0.1', 'TXT', 'R', ['Naam van de verwerking of tool', 'Name of the processing or tool'], ['Gebruik de naam die collega\u2019s kennen, bijvoorbeeld de productnaam.', 'Use the name colleagues know, such as the product name.']),
		q('0.2', 'LONG', 'R', ['Korte beschrijving: wie, wat, waar, waarom', 'Short description: who, what, where, why'], ['Beschrijf in een paar zinnen wie het gebruikt, met welke gegevens, waar en waarvoor.', 'Describe in a few sentences who uses it, with which data, where and what for.']),
		q('0.3', 'SC', 'R', ['Nieuw of wijziging?', 'New or change?'], ['Kies wijziging als een bestaande verwerking verandert; dan hoort er een eerdere DPIA bij.', 'Choose change when an existing processing changes; an earlier DPIA then belongs to it.'], { options: { choices: CHANGE_KINDS } }),
		q('0.4', 'MC', 'R', ['Groepen betrokkenen en aantallen', 'Subject groups and counts'], ['Kies elke groep van wie gegevens worden verwerkt en schat per groep het aantal personen.', 'Pick every group whose data is processed and estimate the number of people per group.'], {
			options: { list: 'OL-SUBJ' },
			detail: { type: 'COUNTS', label: text(['Aantal personen per groep', 'Number of people per group']), required: true }
		}),
		q('0.5', 'MC', 'R', ['Welke triggers gelden?', 'Which triggers apply?'], ['Overgenomen uit de pre-scan; pas aan als de situatie sindsdien is veranderd.', 'Taken from the pre-scan; adjust if the situation has changed since.'], { options: { triggers: true }, prefill: 'prescan' }),
		q('0.6', 'SC', 'R', ['Uitkomst en motivering per criterium', 'Outcome and reasons per criterion'], ['De uitkomst komt uit de pre-scan; licht per criterium toe waarom het wel of niet geldt.', 'The outcome comes from the pre-scan; explain per criterion why it does or does not apply.'], {
			options: { choices: PRESCAN_OUTCOMES },
			detail: { type: 'LONG', label: text(['Motivering per criterium', 'Reasons per criterion']), required: true, startingPoint: 'criteria' },
			prefill: 'prescan'
		}),
		// WP248 §III.B.a: when no DPIA is needed, the reasons and the FG's view are written down.
		q('0.7', 'LONG', 'C', ['Zienswijze van de FG bij "niet verplicht"', 'DPO view if not required'], ['Leg vast wat de FG vindt van de conclusie dat geen DPIA nodig is.', 'Record what the DPO thinks of the conclusion that no DPIA is needed.'], {
			when: { question: '0.6', equals: 'not_required' }
		})
	]),
	section('1', 'A', ['Voorstel', 'Proposal'], [
		q('1.1', 'LONG', 'R', ['Wat wordt ingevoerd of gewijzigd?', 'What is introduced or changed?'], ['Beschrijf het systeem of de werkwijze zoals die straks wordt gebruikt.', 'Describe the system or way of working as it will be used.']),
		q('1.2', 'LONG', 'R', ['Aanleiding en beweegredenen', 'Reasons'], ['Waarom wil de school dit; welk probleem lost het op?', 'Why does the school want this; which problem does it solve?']),
		q('1.3', 'LONG', 'O', ['Overwogen alternatieven', 'Alternatives considered'], ['Noem andere oplossingen die zijn bekeken en waarom die afvielen.', 'Name other solutions that were considered and why they were dropped.']),
		q('1.4', 'FILE', 'O', ['Stroomschema', 'Data-flow diagram'], ['Een tekening van waar de gegevens vandaan komen en naartoe gaan helpt de FG en de (G)MR.', 'A drawing of where the data comes from and goes to helps the DPO and the council.'])
	])
];

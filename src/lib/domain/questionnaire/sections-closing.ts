import { q, section, text } from './build';
import { BOARD_DECISION_CHOICES, FG_VERDICT_CHOICES } from './choices';

/** §18–20 (spec §4): summary, the FG's advice (Art. 35(2) AVG) and the board's sign-off. */
export const CLOSING_SECTIONS = [
	section('18', 'closing', ['Managementsamenvatting', 'Management summary'], [
		q('18.1', 'LONG', 'R', ['Samenvatting', 'Summary'], ['Vat in een paar alinea\u2019s samen wat er gebeurt, de grootste risico\u2019s en de maatregelen.', 'Summarise in a few paragraphs what happens, the main risks and the measures.'])
	]),
	section('19', 'closing', ['Advies van de FG', 'DPO advice'], [
		q('19.1', 'DATE', 'R', ['Datum van het advies', 'Date of the advice'], ['De datum waarop de FG het schriftelijke advies gaf.', 'The date the DPO gave the written advice.']),
		q('19.2', 'SC', 'R', ['Advies', 'Advice'], ['Het oordeel van de FG, met de tekst van het advies.', 'The DPO\u2019s verdict, with the text of the advice.'], {
			options: { choices: FG_VERDICT_CHOICES },
			detail: { type: 'LONG', label: text(['Tekst van het advies', 'Text of the advice']), required: true }
		}),
		q('19.3', 'LONG', 'R', ['Opvolging', 'Follow-up'], ['Wat is er met het advies gedaan?', 'What was done with the advice?']),
		// Art. 35(2) AVG: departing from the FG's advice is recorded with the reasons (same rule as the workflow guard).
		q('19.4', 'LONG', 'C', ['Motivering van afwijking', 'Reasons for departing from the advice'], ['Leg uit waarom het bestuur anders besluit dan de FG adviseert.', 'Explain why the board decides differently from the DPO\u2019s advice.'], {
			when: {
				any: [
					{ all: [{ question: '19.2', equals: 'negative' }, { question: '20.2', oneOf: ['proceed', 'proceed_with_conditions'] }] },
					{ all: [{ question: '19.2', equals: 'positive_with_conditions' }, { question: '20.2', equals: 'proceed' }] }
				]
			}
		})
	], { recordedIn: 'workflow' }),
	section('20', 'closing', ['Vaststelling door het bestuur', 'Board sign-off'], [
		q('20.1', 'DATE', 'R', ['Datum van het besluit', 'Date of the decision'], ['De herbeoordeling wordt vanaf deze datum gerekend.', 'The review date is counted from this date.']),
		q('20.2', 'SC', 'R', ['Besluit', 'Decision'], ['Bij aanpassen gaat de DPIA terug naar concept.', 'When adjusting, the DPIA goes back to draft.'], { options: { choices: BOARD_DECISION_CHOICES } }),
		q('20.3', 'LONG', 'R', ['Geaccepteerd restrisico en voorwaarden', 'Accepted residual risk and conditions'], ['Het bestuur aanvaardt het restrisico schriftelijk.', 'The board accepts the residual risk in writing.']),
		q('20.4', 'DATE', 'R', ['Datum van herbeoordeling', 'Review date'], ['Uiterlijk drie jaar na het besluit, of eerder bij een belangrijke wijziging.', 'At most three years after the decision, or earlier after a significant change.'])
	], { recordedIn: 'workflow' })
];

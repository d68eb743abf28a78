import { q, section, text } from './build';
import { CONSENT_CONDITIONS, FURTHER_PROCESSING, MINIMISATION, RIGHTS, YES_NO_NA } from './choices';

/** Part B, §11–15 (spec §4): lawfulness, special data, purpose limitation, necessity and rights. */
export const PART_B_SECTIONS = [
	section('11', 'B', ['Rechtsgrond', 'Legal basis'], [
		q('11.1', 'SC', 'R', ['Grondslag', 'Legal basis'], ['Scholen verwerken meestal op grond van een wettelijke plicht of een taak van algemeen belang.', 'Schools mostly process under a legal obligation or a public task.'], { options: { list: 'OL-LB' } }),
		q('11.2', 'LONG', 'R', ['Toelichting en wetsartikel', 'Explanation and article'], ['Noem het artikel waar de plicht of taak uit volgt.', 'Name the article the obligation or task follows from.']),
		// Art. 8 AVG and art. 5 UAVG: under 16 the legal representative consents.
		q('11.3', 'MC', 'C', ['Voorwaarden voor toestemming', 'Consent conditions'], ['Toestemming telt alleen als die vrij, specifiek, geïnformeerd en intrekbaar is.', 'Consent only counts when it is free, specific, informed and withdrawable.'], {
			options: { choices: CONSENT_CONDITIONS },
			detail: { type: 'TXT', label: text(['Hoe wordt toestemming gevraagd en vastgelegd?', 'How is consent asked for and recorded?']), required: true },
			when: { question: '11.1', equals: 'a_consent' }
		}),
		q('11.4', 'LONG', 'C', ['Belangenafweging', 'Balancing test'], ['Weeg het belang van de school af tegen de privacy van leerlingen, ouders en medewerkers.', 'Weigh the school\u2019s interest against the privacy of pupils, parents and staff.'], {
			when: { question: '11.1', equals: 'f_legitimate_interest' }
		})
	]),
	section('12', 'B', ['Bijzondere gegevens', 'Special categories of data'], [
		q('12.1', 'MC', 'R', ['Aanwezige soorten gegevens', 'Classes of data present'], ['Volgt uit de soorten die in §2 zijn gekozen.', 'Follows from the classes chosen in §2.'], { options: { list: 'OL-CLASS' }, prefill: 'computed' }),
		// Art. 9(1) AVG forbids processing special categories unless an Art. 9(2) ground applies.
		q('12.2', 'SC', 'C', ['Uitzonderingsgrond (art. 9 lid 2 AVG)', 'Exception ground (Art. 9(2) GDPR)'], ['Zonder een van deze gronden mogen bijzondere gegevens niet worden verwerkt.', 'Without one of these grounds, special category data may not be processed.'], {
			options: { list: 'OL-ART9' },
			when: { question: '2.3', includesAny: ['bijzonder'] }
		}),
		q('12.3', 'TXT', 'C', ['Grond voor strafrechtelijke gegevens', 'Basis for criminal-offence data'], ['Art. 10 AVG en de UAVG bepalen wanneer dit mag.', 'Art. 10 GDPR and the Dutch implementing act set when this is allowed.'], {
			when: { question: '2.3', includesAny: ['strafrechtelijk'] }
		}),
		q('12.4', 'TXT', 'C', ['Grondslag voor BSN of PGN', 'Basis for the citizen service or education number'], ['Het BSN mag alleen worden gebruikt als een wet dat voorschrijft (art. 46 UAVG).', 'The citizen service number may only be used where a law prescribes it (art. 46 UAVG).'], {
			when: { question: '2.3', includesAny: ['identificatienummer'] }
		})
	]),
	section('13', 'B', ['Doelbinding', 'Purpose limitation'], [
		q('13.1', 'BOOL', 'R', ['Worden gegevens verder verwerkt voor een ander doel?', 'Is data further processed for another purpose?'], ['Bijvoorbeeld toetsresultaten die ook voor schoolbeleid worden gebruikt.', 'For example test results also used for school policy.']),
		// Art. 6(4) AVG: further processing must rest on law or be compatible with the original purpose.
		q('13.2', 'SC', 'C', ['Beoordeling', 'Assessment'], ['Verdere verwerking mag als het recht dat toestaat of als het nieuwe doel verenigbaar is.', 'Further processing is allowed when the law permits it or the new purpose is compatible.'], {
			options: { choices: FURTHER_PROCESSING },
			when: { question: '13.1', equals: true }
		}),
		q('13.3', 'LONG', 'C', ['Motivering', 'Rationale'], ['Licht toe hoe het nieuwe doel samenhangt met het oorspronkelijke doel.', 'Explain how the new purpose relates to the original one.'], { when: { question: '13.1', equals: true } })
	]),
	section('14', 'B', ['Noodzaak', 'Necessity'], [
		q('14.1', 'LONG', 'R', ['Proportionaliteit', 'Proportionality'], ['Staat de inbreuk op de privacy in verhouding tot het doel?', 'Is the intrusion on privacy in proportion to the purpose?']),
		q('14.2', 'LONG', 'R', ['Subsidiariteit: kan het minder ingrijpend?', 'Subsidiarity: can it be done less intrusively?'], ['Kan het doel ook met minder gegevens of een ander middel worden bereikt?', 'Can the purpose be reached with less data or other means?']),
		q('14.3', 'SC', 'R', ['Minimalisatie', 'Data minimisation'], ['Een pseudoniem zoals het ECK iD voorkomt dat leveranciers namen krijgen.', 'A pseudonym such as the ECK iD keeps names away from vendors.'], {
			options: { choices: MINIMISATION },
			detail: { type: 'TXT', label: text(['Toelichting', 'Explanation']), required: true }
		})
	]),
	section('15', 'B', ['Rechten van betrokkenen', 'Data subject rights'], [
		q('15.1', 'SC', 'R', ['Is er een procedure per recht?', 'Is there a procedure per right?'], ['Beantwoord per recht of ouders en leerlingen het kunnen uitoefenen.', 'Answer for each right whether parents and pupils can exercise it.'], {
			options: { choices: YES_NO_NA },
			rows: RIGHTS
		}),
		q('15.2', 'LONG', 'C', ['Toelichting', 'Explanation'], ['Leg uit waarom een recht niet of niet volledig geldt.', 'Explain why a right does not or not fully apply.'], {
			when: { question: '15.1', includesAny: ['no', 'not_applicable'] }
		}),
		// Art. 23 AVG: only a statutory provision can restrict these rights.
		q('15.3', 'TXT', 'C', ['Wettelijke beperking', 'Statutory restriction'], ['Noem de wet die het recht beperkt.', 'Name the law that restricts the right.'], { when: { question: '15.1', includesAny: ['no'] } }),
		q('15.4', 'TXT', 'R', ['Kanaal en termijn', 'Channel and deadline'], ['Verzoeken worden binnen een maand afgehandeld, met hoogstens twee maanden verlenging.', 'Requests are handled within one month, extendable by at most two months.'])
	])
];

import { q, section, text } from './build';
import { DATA_SOURCES, DECIDING_TECHNIQUES, DECIDERS, TECHNIQUES, YES_NO_UNKNOWN } from './choices';

const ANY_TECHNIQUE = TECHNIQUES.map((t) => t.id).filter((id) => id !== 'none');

/** Part A, §2–5 (spec §4): data, processing steps, techniques and purposes. */
export const PART_A1_SECTIONS = [
	section('2', 'A', ['Persoonsgegevens', 'Personal data'], [
		q('2.1', 'MC', 'R', ['Gegeven', 'Data item'], ['Kies de gegevens die in deze verwerking voorkomen.', 'Pick the data items that occur in this processing.'], { options: { list: 'OL-DATA' } }),
		q('2.2', 'REF', 'R', ['Van welke betrokkene?', 'Whose data?'], ['Kies de groepen uit de intake van wie dit gegeven is.', 'Pick the groups from the intake this data item belongs to.'], { refersTo: '0.4' }),
		q('2.3', 'SC', 'R', ['Soort gegeven', 'Data class'], ['Bijzondere en strafrechtelijke gegevens en het BSN vragen een eigen grondslag in §12.', 'Special category and criminal data and the citizen service number need their own basis in §12.'], { options: { list: 'OL-CLASS' } }),
		q('2.4', 'TXT', 'R', ['Oorspronkelijk doel', 'Original purpose'], ['Waarvoor is dit gegeven oorspronkelijk verzameld?', 'What was this data item collected for in the first place?']),
		q('2.5', 'SC', 'R', ['Bron', 'Source'], ['Komt het gegeven van de betrokkene zelf of van een andere partij?', 'Does the data come from the data subject or from another party?'], {
			options: { choices: DATA_SOURCES },
			detail: {
				type: 'TXT',
				label: text(['Welke partij, via welk systeem en op welke grond', 'Which party, through which system and on which basis']),
				required: true,
				onlyFor: ['other_party']
			}
		})
	], { repeatable: true }),
	section('3', 'A', ['Verwerkingen', 'Processing operations'], [
		q('3.1', 'TXT', 'R', ['Naam', 'Name'], ['Een korte naam voor deze stap, bijvoorbeeld "toets maken" of "rapport delen".', 'A short name for this step, such as "taking a test" or "sharing a report".']),
		q('3.2', 'LONG', 'R', ['Stappen', 'Steps'], ['Beschrijf wat er achtereenvolgens met de gegevens gebeurt.', 'Describe what happens to the data, step by step.']),
		q('3.3', 'REF', 'R', ['Gebruikte gegevens', 'Data used'], ['Kies de gegevens uit §2 die deze verwerking gebruikt.', 'Pick the data items from §2 this operation uses.'], { refersTo: '2' }),
		q('3.4', 'LONG', 'O', ['Koppelingen met andere verwerkingen', 'Links to other processing'], ['Noem systemen waarmee gegevens worden uitgewisseld, zoals het administratiesysteem.', 'Name systems data is exchanged with, such as the pupil administration system.'])
	], { repeatable: true }),
	section('4', 'A', ['Technieken', 'Techniques'], [
		q('4.1', 'MC', 'R', ['Welke technieken worden gebruikt?', 'Which techniques are used?'], ['Profilering, geautomatiseerde besluiten en AI zijn vaak een reden voor een DPIA.', 'Profiling, automated decisions and AI are frequent reasons for a DPIA.'], { options: { choices: TECHNIQUES } }),
		q('4.2', 'LONG', 'C', ['Toelichting per techniek', 'Explanation per technique'], ['Leg per gekozen techniek uit hoe en waarvoor die wordt ingezet.', 'Explain for each chosen technique how and what it is used for.'], {
			when: { question: '4.1', includesAny: ANY_TECHNIQUE }
		}),
		// Art. 22 AVG: a solely automated decision with significant effects needs a human in the loop.
		q('4.3', 'SC', 'C', ['Wie beslist: mens of systeem?', 'Who decides: a person or the system?'], ['Een besluit met gevolgen voor een leerling hoort door een mens genomen te worden.', 'A decision that affects a pupil should be taken by a person.'], {
			options: { choices: DECIDERS },
			when: { question: '4.1', includesAny: DECIDING_TECHNIQUES }
		}),
		q('4.4', 'BOOL', 'R', ['Is de digitale dienst vooral bedoeld voor jongeren onder 18?', 'Is the digital service mainly meant for users under 18?'], ['Zo ja, dan is een kinderrechtentoets (KIA) aan te raden.', 'If so, a children\u2019s rights assessment (KIA) is recommended.'])
	]),
	section('5', 'A', ['Doeleinden', 'Purposes'], [
		q('5.1', 'MC', 'R', ['Doel per verwerking', 'Purpose'], ['Kies de doelen uit het privacyreglement en licht ze zo nodig toe.', 'Pick the purposes from the privacy regulation and explain them where needed.'], {
			options: { list: 'OL-PURPOSE' },
			detail: { type: 'TXT', label: text(['Toelichting', 'Explanation']), required: false }
		}),
		q('5.2', 'BOOL', 'R', ['Staat het doel in de privacyverklaring?', 'Is the purpose in the privacy statement?'], ['Ouders en leerlingen moeten uit de privacyverklaring kunnen halen waarvoor gegevens dienen.', 'Parents and pupils must be able to read in the privacy statement what the data is for.']),
		q('5.3', 'SC', 'R', ['Gebruikt de leverancier gegevens voor eigen doelen?', 'Does the vendor use data for its own purposes?'], ['Denk aan productverbetering, analyse of reclame; kijk in de privacybijsluiter.', 'Think of product improvement, analytics or advertising; check the privacy leaflet.'], {
			options: { choices: YES_NO_UNKNOWN }
		})
	])
];

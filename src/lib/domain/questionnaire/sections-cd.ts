import { q, section, text } from './build';
import { FEARED_EVENT_CHOICES, LEVEL_CHOICES, LIKELIHOOD_CHOICES, MITIGATION_TYPE_CHOICES, SEVERITY_CHOICES } from './choices';

const motivation = (required: boolean) => ({ type: 'LONG' as const, label: text(['Motivering', 'Rationale']), required });

/**
 * Part C (§16 risks) and Part D (§17 measures), spec §4 and §5. Both are kept as records in the risk
 * register; these questions describe the fields so exports and forms speak the same language.
 */
export const PART_CD_SECTIONS = [
	section('16', 'C', ["Risico's", 'Risks'], [
		q('16.1', 'LONG', 'R', ['Beschrijving', 'Description'], ['Wat kan er misgaan, voor wie?', 'What can go wrong, and for whom?']),
		q('16.2', 'TXT', 'R', ['Oorsprong', 'Origin'], ['Wie of wat kan het risico veroorzaken: een medewerker, de leverancier, een aanvaller?', 'Who or what can cause the risk: a staff member, the vendor, an attacker?']),
		q('16.3', 'SC', 'R', ['Gevreesde gebeurtenis', 'Feared event'], ['Kies toegang, wijziging, verdwijnen, of andere schade zoals discriminatie.', 'Pick access, change, disappearance, or other harm such as discrimination.'], { options: { choices: FEARED_EVENT_CHOICES } }),
		q('16.4', 'SC', 'R', ['Ernst', 'Severity'], ['Hoe zwaar zijn de gevolgen voor de betrokkene als het gebeurt?', 'How serious are the consequences for the person if it happens?'], { options: { choices: SEVERITY_CHOICES }, detail: motivation(true) }),
		q('16.5', 'SC', 'R', ['Kans', 'Likelihood'], ['Hoe makkelijk kan het gebeuren, gezien de maatregelen die er al zijn?', 'How easily can it happen, given the measures already in place?'], { options: { choices: LIKELIHOOD_CHOICES }, detail: motivation(true) }),
		// Rijksmodel §16: the matrix is illustrative; a deviating level needs a written reason.
		q('16.6', 'SC', 'O', ['Afwijkend risiconiveau', 'Deviating risk level'], ['Het niveau volgt uit de matrix; kies alleen een ander niveau als daar een reden voor is.', 'The level follows from the matrix; only pick another level when there is a reason.'], { options: { choices: LEVEL_CHOICES }, detail: motivation(true) }),
		q('16.7', 'BOOL', 'R', ['Kan dit tot discriminatie leiden?', 'Can this lead to discrimination?'], ['Denk aan groepen leerlingen die door een algoritme of regel anders worden behandeld.', 'Think of groups of pupils that an algorithm or rule treats differently.'])
	], { repeatable: true, recordedIn: 'risks' }),
	section('17', 'D', ['Maatregelen', 'Measures'], [
		q('17.1', 'REF', 'R', ["Gekoppelde risico's", 'Linked risks'], ['Een maatregel hoort bij ten minste één risico.', 'A measure belongs to at least one risk.'], { refersTo: '16' }),
		q('17.2', 'LONG', 'R', ['Maatregel', 'Measure'], ['Beschrijf concreet wat er gebeurt, zodat te controleren is of het is gedaan.', 'Describe concretely what will be done, so it can be checked.']),
		q('17.3', 'SC', 'R', ['Soort maatregel', 'Type of measure'], ['Technisch, organisatorisch of contractueel.', 'Technical, organisational or contractual.'], { options: { choices: MITIGATION_TYPE_CHOICES } }),
		q('17.4', 'TXT', 'R', ['Eigenaar en deadline', 'Owner and deadline'], ['Noem de functie die verantwoordelijk is en de datum waarop het klaar is.', 'Name the position responsible and the date it will be done.'], {
			detail: { type: 'DATE', label: text(['Deadline', 'Deadline']), required: true }
		}),
		q('17.5', 'SC', 'R', ['Restrisico', 'Residual risk'], ['Het niveau dat overblijft als de maatregelen zijn uitgevoerd.', 'The level that remains once the measures are in place.'], { options: { choices: LEVEL_CHOICES } }),
		q('17.6', 'LONG', 'C', ['Onderbouwing van de acceptatie', 'Reasons for accepting'], ['Waarom kan het bestuur dit restrisico aanvaarden?', 'Why can the board accept this residual risk?'], { when: { question: '17.5', answered: true } }),
		// Art. 36(1) AVG: a residual risk that stays high needs prior consultation of the AP.
		q('17.7', 'LONG', 'C', ['Advies van de AP', 'Advice of the Dutch DPA'], ['Bij een hoog restrisico moet de AP vooraf worden geraadpleegd; leg het advies hier vast.', 'With a high residual risk the DPA must be consulted first; record its advice here.'], {
			when: { question: '17.5', oneOf: ['high', 'very_high'] }
		})
	], { repeatable: true, recordedIn: 'measures' })
];

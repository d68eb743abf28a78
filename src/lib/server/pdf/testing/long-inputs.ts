import { measureForm, riskForm, type MeasureInput, type RiskInput } from '$lib/components/risk/forms';
import type { RISK_CATALOGUE } from '$lib/domain/risk';
import { MEASURE_STATUSES } from '$lib/domain/risk/measure-status';

const WORDS = (
	'de leerling het programma gegevens worden verwerkt door leverancier school bestuur ouders toestemming ' +
	'beveiliging wachtwoord toegang rechten rapportage analyse profiel aanpassing leerkracht onderwijs ' +
	'bewaartermijn verwijdering subverwerker hosting versleuteling incident melding risico maatregel gevolg'
).split(' ');

/**
 * Prose of exactly `length` characters, in words of varying length as a person writes it (line breaking
 * costs per word, so one long word would flatter the renderer). Deterministic per seed.
 */
export function prose(length: number, seed: number): string {
	let state = (seed * 2654435761 + 1) >>> 0;
	const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
	let out = '';
	for (let i = 1; out.length < length; i++) out += `${WORDS[next() % WORDS.length]}${i % 17 === 0 ? '. ' : ' '}`;
	return `${out.slice(0, length - 1)}.`;
}

/** The forms' limit for every long text of a risk or measure; parsing the input proves it is not above. */
const TEXT_MAX = 5000;

type CatalogueEntry = (typeof RISK_CATALOGUE)[number];

/** A risk as the form accepts it with every text at the form's maximum length. */
export function longRiskInput(i: number, entry: CatalogueEntry): RiskInput {
	const severity = 4 - (i % 3);
	const likelihood = 2 + (i % 3);
	return riskForm.parse({
		title: prose(200, i),
		description: prose(TEXT_MAX, i + 1),
		origin: prose(TEXT_MAX, i + 2),
		fearedEvent: entry.fearedEvent,
		severity,
		severityMotivation: prose(TEXT_MAX, i + 3),
		likelihood,
		likelihoodMotivation: prose(TEXT_MAX, i + 4),
		levelOverride: i % 5 === 0 ? 'very_high' : null,
		overrideReason: prose(TEXT_MAX, i + 5),
		discrimination: i % 4 === 0,
		residualSeverity: Math.max(1, severity - 1),
		residualLikelihood: Math.max(1, likelihood - 1),
		accepted: i % 2 === 0,
		acceptanceReason: prose(TEXT_MAX, i + 6)
	});
}

/** A measure at the form's maximum lengths, linked to every given risk. */
export function longMeasureInput(i: number, type: string, riskIds: string[]): MeasureInput {
	return measureForm.parse({
		title: prose(300, i),
		description: prose(TEXT_MAX, i + 1),
		type,
		owner: prose(200, i + 2),
		dueOn: `2027-0${1 + (i % 9)}-15`,
		status: MEASURE_STATUSES[i % MEASURE_STATUSES.length],
		riskIds
	});
}

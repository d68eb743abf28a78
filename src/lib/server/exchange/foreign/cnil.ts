import { z } from 'zod';
import type { FearedEvent } from '$lib/domain/risk/feared-events';
import { plainText, type Draft, type DraftRisk } from './draft';
import { Tracker, type ForeignReport } from './report';

/**
 * The JSON export of the CNIL's PIA tool (one PIA: `pia`, `answers`, `measures`, `evaluations`,
 * `comments`), as written since 2018. Only what the mapping reads is held to a type; the tool adds
 * fields over its versions, and those are reported as not carried over rather than refused.
 */
const gauge = z.number().int().min(0).max(4).nullable().optional();
const stamp = z.iso.datetime({ offset: true }).optional();

export const cnilSchema = z.looseObject({
	pia: z.looseObject({ name: z.string().min(1), created_at: stamp }),
	answers: z.array(
		z.looseObject({
			reference_to: z.number().int(),
			data: z.looseObject({ text: z.string().nullable().optional(), gauge, list: z.array(z.string()).nullable().optional() })
		})
	),
	measures: z.array(z.looseObject({ title: z.string().nullable().optional(), content: z.string().nullable().optional() })).optional(),
	evaluations: z.array(z.looseObject({ reference_to: z.union([z.string(), z.number()]), gauges: z.looseObject({ x: gauge, y: gauge }).nullable().optional() })).optional(),
	comments: z.array(z.looseObject({})).optional()
});
export type CnilPia = z.infer<typeof cnilSchema>;

/** CNIL question → our question, for the questions whose answer is one free text in both. */
const TEXT_ANSWERS: Record<number, [section: string, question: string]> = {
	111: ['1', '1.1'], // overview of the processing → what is introduced
	211: ['1', '1.2'], // purposes → reasons
	212: ['11', '11.2'], // lawfulness → explanation of the legal basis
	213: ['14', '14.1'], // adequate, relevant, limited data → proportionality
	215: ['10', '10.2'] // storage duration → rationale of the retention period
};
/** The life cycle of the data (122) becomes one processing operation of §3. */
const LIFE_CYCLE = 122;

/** The three risks of the CNIL method, each with its six questions (impacts, threats, sources, measures, severity, likelihood). */
const RISKS: { base: number; evaluation: string; event: FearedEvent; nl: string; en: string }[] = [
	{ base: 320, evaluation: '3.2', event: 'unauthorised_access', nl: 'Onrechtmatige toegang tot gegevens', en: 'Illegitimate access to data' },
	{ base: 330, evaluation: '3.3', event: 'unwanted_change', nl: 'Ongewenste wijziging van gegevens', en: 'Unwanted modification of data' },
	{ base: 340, evaluation: '3.4', event: 'disappearance', nl: 'Verdwijnen van gegevens', en: 'Disappearance of data' }
];

const isLevel = (n: number | null | undefined): n is number => typeof n === 'number' && n >= 1 && n <= 4;

export function mapCnil(pia: CnilPia, locale: 'nl' | 'en', now: string): { draft: Draft; tracker: Tracker; assumptions: ForeignReport['assumptions'] } {
	const tracker = new Tracker();
	const assumptions: ForeignReport['assumptions'] = [];
	const answerAt = new Map(pia.answers.map((a, i) => [a.reference_to, i]));
	const text = (ref: number) => {
		const i = answerAt.get(ref);
		const value = i === undefined ? null : pia.answers[i]!.data.text;
		return i === undefined || !value ? null : { at: ['answers', i, 'data', 'text'], value: plainText(value) };
	};
	const list = (ref: number) => {
		const i = answerAt.get(ref);
		const value = i === undefined ? null : pia.answers[i]!.data.list;
		return i === undefined || !value?.length ? null : { at: ['answers', i, 'data', 'list'], value };
	};
	const gaugeOf = (ref: number) => {
		const i = answerAt.get(ref);
		return i === undefined ? null : { at: ['answers', i, 'data', 'gauge'], value: pia.answers[i]!.data.gauge };
	};

	const sections: Draft['sections'] = { '0': { '0.1': pia.pia.name } };
	tracker.carry(['pia', 'name'], ['processing', 'name']);
	tracker.carry(['pia', 'name'], ['answers', '0', '0.1']);
	for (const [ref, [section, question]] of Object.entries(TEXT_ANSWERS)) {
		const found = text(Number(ref));
		if (!found) continue;
		(sections[section] ??= {})[question] = found.value;
		tracker.carry(found.at, ['answers', section, question]);
	}
	const cycle = text(LIFE_CYCLE);
	if (cycle) {
		sections['3'] = { items: [{ id: 'cnil-122', answers: { '3.1': locale === 'nl' ? 'Levenscyclus van de gegevens' : 'Life cycle of the data', '3.2': cycle.value } }] };
		tracker.carry(cycle.at, ['answers', '3', 'items', 0, 'answers', '3.2']);
	}

	const measures: Draft['measures'] = [];
	(pia.measures ?? []).forEach((measure, i) => {
		if (!measure.title?.trim()) return;
		const target = measures.length;
		tracker.carry(['measures', i, 'title'], ['measures', target, 'title']);
		if (measure.content) tracker.carry(['measures', i, 'content'], ['measures', target, 'description']);
		measures.push({ title: plainText(measure.title), description: measure.content ? plainText(measure.content) : '', type: 'organisational', owner: '', status: 'planned', risks: [] });
	});
	if (measures.length)
		assumptions.push({
			path: 'measures',
			nl: 'De PIA zegt niet of een maatregel technisch, organisatorisch of contractueel is, en niet hoe ver hij is: elke maatregel is als organisatorisch en gepland overgenomen. Controleer het type en de status.',
			en: 'The PIA does not say whether a measure is technical, organisational or contractual, nor how far it is: each measure came in as organisational and planned. Check the type and status.'
		});

	const risks: DraftRisk[] = [];
	for (const risk of RISKS) {
		const severity = gaugeOf(risk.base + 5);
		const likelihood = gaugeOf(risk.base + 6);
		// without both levels there is no risk to place on the matrix: its answers stay in the report
		if (!isLevel(severity?.value) || !isLevel(likelihood?.value)) continue;
		const index = risks.length;
		const impacts = list(risk.base + 1);
		const threats = list(risk.base + 2);
		const sources = list(risk.base + 3);
		const severityText = text(risk.base + 5);
		const likelihoodText = text(risk.base + 6);
		const evaluation = (pia.evaluations ?? []).findIndex((e) => String(e.reference_to) === risk.evaluation);
		const gauges = evaluation >= 0 ? pia.evaluations![evaluation]!.gauges : null;
		const residual = isLevel(gauges?.x) && isLevel(gauges?.y);
		const origin = [threats && `${locale === 'nl' ? 'Dreigingen' : 'Threats'}: ${threats.value.join('; ')}`, sources && `${locale === 'nl' ? 'Bronnen' : 'Risk sources'}: ${sources.value.join('; ')}`].filter(Boolean).join('\n');
		risks.push({
			title: risk[locale],
			description: impacts ? impacts.value.join('\n') : '',
			origin,
			fearedEvent: risk.event,
			severity: severity!.value!,
			likelihood: likelihood!.value!,
			severityMotivation: severityText?.value ?? '',
			likelihoodMotivation: likelihoodText?.value ?? '',
			residualSeverity: residual ? gauges!.x! : null,
			residualLikelihood: residual ? gauges!.y! : null
		});
		tracker.carry(severity!.at, ['risks', index, 'severity']);
		tracker.carry(likelihood!.at, ['risks', index, 'likelihood']);
		if (impacts) tracker.carry(impacts.at, ['risks', index, 'description']);
		if (threats) tracker.carry(threats.at, ['risks', index, 'origin']);
		if (sources) tracker.carry(sources.at, ['risks', index, 'origin']);
		if (severityText) tracker.carry(severityText.at, ['risks', index, 'severityMotivation']);
		if (likelihoodText) tracker.carry(likelihoodText.at, ['risks', index, 'likelihoodMotivation']);
		if (residual) tracker.use(['evaluations', evaluation, 'gauges']);
		// the measures the PIA names against this risk are linked by their title
		const named = list(risk.base + 4);
		if (named) {
			const unknown = named.value.filter((title) => !measures.some((m) => m.title === title));
			measures.forEach((m) => named.value.includes(m.title) && m.risks.push(index));
			if (unknown.length === 0) tracker.use(named.at);
		}
	}
	if (risks.length)
		assumptions.push({
			path: 'risks',
			nl: 'De drie risico’s van de CNIL-methode zijn overgenomen met hun ernst en waarschijnlijkheid (dezelfde vierpuntsschaal); kijk of een risico tot discriminatie kan leiden.',
			en: 'The three risks of the CNIL method came in with their severity and likelihood (the same four-point scale); check whether a risk can lead to discrimination.'
		});

	const createdAt = pia.pia.created_at ?? now;
	return { draft: { name: pia.pia.name, description: '', createdAt, sections, risks, measures }, tracker, assumptions };
}

/** The CNIL question number of a place under `answers`, for the report. */
export function cnilHint(pia: CnilPia, path: (string | number)[]): string | undefined {
	if (path[0] === 'answers' && typeof path[1] === 'number') return `CNIL ${pia.answers[path[1]]?.reference_to ?? ''}`;
	if (path[0] === 'evaluations' && typeof path[1] === 'number') return `CNIL ${pia.evaluations?.[path[1]]?.reference_to ?? ''}`;
	return undefined;
}

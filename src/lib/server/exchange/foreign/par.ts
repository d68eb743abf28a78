import { z } from 'zod';
import { MEASURE_LIMITS, RISK_LIMITS } from '$lib/components/risk/forms';
import { titleOf, type Draft, type DraftRisk } from './draft';
import { Tracker, type ForeignReport } from './report';

/**
 * The output of the government's DPIA form (PAR, Rijksmodel DPIA 3.0): "assessment-output v2", with
 * `metadata.urn` naming the questionnaire and version, and `answers` keyed by task id. A repeatable task
 * holds a list of elements, each with its `_index` and the answers of its subtasks.
 */
export const PAR_SCHEMA = 'https://github.com/MinBZK/par-dpia-form/blob/main/schemas/assessment-output.v2.schema.json';
export const PAR_URN = 'urn:nl:dpia:3.0';

const KEY = /^[0-9]+(\.[0-9]+)*(\[[0-9]+\])?$/;
const answer = z.looseObject({
	value: z.union([z.string(), z.array(z.string()), z.null()]),
	lastEditedAt: z.iso.datetime({ offset: true }),
	lastEditedBy: z.string().optional()
});
type Element = { _index: number } & Record<string, unknown>;
// nesting is bounded by the text check before parsing (limits.ts), so the recursion is too
const element: z.ZodType<Element> = z.lazy(() =>
	z.object({ _index: z.number().int().min(0) }).catchall(z.union([answer, z.number().int(), z.array(element)]))
) as z.ZodType<Element>;

export const parSchema = z.looseObject({
	$schema: z.literal(PAR_SCHEMA),
	metadata: z.looseObject({ urn: z.string(), createdAt: z.iso.datetime({ offset: true }), completedTasks: z.array(z.string()).optional() }),
	answers: z.record(z.string().regex(KEY), z.union([answer, z.array(element)]))
});
export type ParOutput = z.infer<typeof parSchema>;

/** PAR task → our question, where both are one free text. */
const TEXT_ANSWERS: Record<string, [section: string, question: string]> = {
	'1.1': ['1', '1.1'], // the proposal
	'7.2': ['7', '7.1'], // interests
	'10.2': ['10', '10.2'], // retention, further information → rationale
	'11.2': ['11', '11.2'], // legal bases, further information → explanation
	'18': ['18', '18.1'] // management summary
};

/** PAR's three-point scale onto our four-point one: low and medium keep their place, high becomes significant. */
const LEVELS: Record<string, number> = { laag: 1, midden: 2, hoog: 3 };

type Key = string | number;

function textAt(value: unknown): string | null {
	if (!value || typeof value !== 'object' || !('value' in value) || typeof value.value !== 'string' || !value.value.trim()) return null;
	return value.value.trim();
}

export function mapPar(output: ParOutput, name: string): { draft: Draft; tracker: Tracker; assumptions: ForeignReport['assumptions'] } {
	const tracker = new Tracker();
	const assumptions: ForeignReport['assumptions'] = [];
	const answers = output.answers;
	const groups = (key: string): Element[] => (Array.isArray(answers[key]) ? (answers[key] as Element[]) : []);

	const sections: Draft['sections'] = { '0': { '0.1': name } };
	assumptions.push({
		path: 'processing.name',
		nl: 'Het PAR-formulier heeft geen naam voor de verwerking: de naam komt van het bestand. Pas hem zo nodig aan.',
		en: 'The PAR form has no name for the processing: the name comes from the file. Change it if needed.'
	});
	for (const [task, [section, question]] of Object.entries(TEXT_ANSWERS)) {
		const found = textAt(answers[task]);
		if (!found) continue;
		(sections[section] ??= {})[question] = found;
		tracker.carry(['answers', task, 'value'], ['answers', section, question]);
	}

	const items: { id: string; answers: Record<string, string> }[] = [];
	groups('3.1').forEach((group, i) => {
		const title = textAt(group['3.1.1']);
		if (!title) return;
		const steps = textAt(group['3.1.2']);
		tracker.carry(['answers', '3.1', i, '3.1.1', 'value'], ['answers', '3', 'items', items.length, 'answers', '3.1']);
		if (steps) tracker.carry(['answers', '3.1', i, '3.1.2', 'value'], ['answers', '3', 'items', items.length, 'answers', '3.2']);
		items.push({ id: `par-3-1-${i}`, answers: { '3.1': title, ...(steps ? { '3.2': steps } : {}) } });
	});
	if (items.length) sections['3'] = { items };

	const risks: DraftRisk[] = [];
	const riskByDescription = new Map<string, number>();
	groups('16.1').forEach((group, i) => {
		const at = (task: string): Key[] => ['answers', '16.1', i, task, 'value'];
		const description = textAt(group['16.1.1']);
		const likelihood = LEVELS[textAt(group['16.1.3']) ?? ''];
		const severity = LEVELS[textAt(group['16.1.5']) ?? ''];
		// a risk without its description, likelihood and impact cannot be placed: its answers stay in the report
		if (!description || !likelihood || !severity) return;
		const index = risks.length;
		const fields: [string, keyof DraftRisk][] = [['16.1.2', 'origin'], ['16.1.4', 'likelihoodMotivation'], ['16.1.6', 'severityMotivation']];
		const risk: DraftRisk = {
			title: titleOf(description, RISK_LIMITS.title),
			description,
			origin: '',
			fearedEvent: 'other_harm',
			severity,
			likelihood,
			severityMotivation: '',
			likelihoodMotivation: '',
			residualSeverity: null,
			residualLikelihood: null
		};
		tracker.carry(at('16.1.1'), ['risks', index, 'description']);
		tracker.carry(at('16.1.3'), ['risks', index, 'likelihood']);
		tracker.carry(at('16.1.5'), ['risks', index, 'severity']);
		for (const [task, field] of fields) {
			const value = textAt(group[task]);
			if (!value) continue;
			(risk[field] as string) = value;
			tracker.carry(at(task), ['risks', index, field]);
		}
		riskByDescription.set(description, index);
		risks.push(risk);
	});
	if (risks.length)
		assumptions.push({
			path: 'risks',
			nl: 'Kans en impact van PAR (laag, midden, hoog) zijn overgenomen als verwaarloosbaar, beperkt en aanzienlijk; de titel is de eerste regel van de beschrijving en de gevreesde gebeurtenis is "andere schade". Controleer ze.',
			en: 'PAR likelihood and impact (low, medium, high) came in as negligible, limited and significant; the title is the first line of the description and the feared event is "other harm". Check them.'
		});

	const measures: Draft['measures'] = [];
	groups('17.1').forEach((group, i) => {
		const at = (task: string): Key[] => ['answers', '17.1', i, task, 'value'];
		const text = textAt(group['17.1.3']);
		if (!text) return;
		const index = measures.length;
		const owner = textAt(group['17.1.7']);
		const linked = group['17.1.1'] as { value?: unknown } | undefined;
		const named = Array.isArray(linked?.value) ? (linked.value as string[]) : [];
		const riskIndexes = named.map((d) => riskByDescription.get(d.trim())).filter((n): n is number => n !== undefined);
		measures.push({ title: titleOf(text, MEASURE_LIMITS.title), description: text, type: 'organisational', owner: owner ?? '', status: 'planned', risks: riskIndexes });
		tracker.carry(at('17.1.3'), ['measures', index, 'description']);
		if (owner) tracker.carry(at('17.1.7'), ['measures', index, 'owner']);
		if (named.length && riskIndexes.length === named.length) tracker.use(at('17.1.1'));
	});
	if (measures.length)
		assumptions.push({
			path: 'measures',
			nl: 'PAR zegt niet of een maatregel technisch, organisatorisch of contractueel is, en niet hoe ver hij is: elke maatregel is als organisatorisch en gepland overgenomen. Controleer het type en de status.',
			en: 'PAR does not say whether a measure is technical, organisational or contractual, nor how far it is: each measure came in as organisational and planned. Check the type and status.'
		});

	return { draft: { name, description: '', createdAt: output.metadata.createdAt, sections, risks, measures }, tracker, assumptions };
}

/** The PAR task of a place under `answers`, for the report. */
export function parHint(path: Key[]): string | undefined {
	if (path[0] !== 'answers') return undefined;
	const task = [...path].reverse().find((key) => typeof key === 'string' && KEY.test(key));
	return task ? `PAR ${task}` : undefined;
}

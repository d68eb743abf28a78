import { questions as allQuestions, sectionById, sections as allSections } from './questionnaire/catalogue';
import { isEmpty, isRecord } from './questionnaire/values';
import { numberedTitle, numbersById, riskNumber } from './risk/numbering';

/**
 * Section-level comparison of two versions of one DPIA (issue 4: "a section-level diff shows what changed
 * between any two versions"). Input is what a version says, in the storage shape: answers per section
 * (a repeatable section as `{ items: [{ id, answers }] }`), risks and measures.
 */
export interface DiffRisk {
	id: string;
	catalogueId: string | null;
	title: string;
	description: string;
	fearedEvent: string;
	severity: number;
	likelihood: number;
	levelOverride: string | null;
	residualSeverity: number | null;
	residualLikelihood: number | null;
	accepted: boolean;
	acceptanceReason: string | null;
	discrimination: boolean;
}

export interface DiffMeasure {
	id: string;
	title: string;
	type: string;
	owner: string;
	dueOn: string | null;
	status: string;
	riskIds: string[];
}

export interface VersionContent {
	answers: Record<string, Record<string, unknown>>;
	risks: readonly DiffRisk[];
	measures: readonly DiffMeasure[];
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface AnswerChange {
	questionId: string;
	kind: ChangeKind;
	before: unknown;
	after: unknown;
	/** Set for questions of a repeatable section: which item (1-based, as the newer version numbers it). */
	item?: { id: string; number: number; kind: ChangeKind };
}

export interface SectionDiff {
	sectionId: string;
	changes: AnswerChange[];
}

export interface RecordChange<T> {
	kind: ChangeKind;
	before: T | null;
	after: T | null;
	/** Names of the fields that differ; every field for an added or removed record. */
	fields: (keyof T & string)[];
}

/** A measure as compared: its links are shown as the titles of the risks, since ids differ per version. */
export type ComparedMeasure = Omit<DiffMeasure, 'riskIds'> & { risks: string[] };

/** A risk's number (R1, R2 …) is its place in its own version's register. */
export type NumberedRiskChange = RecordChange<DiffRisk> & { number?: string };

export interface VersionDiff {
	sections: SectionDiff[];
	risks: NumberedRiskChange[];
	measures: RecordChange<ComparedMeasure>[];
}

export const RISK_FIELDS = [
	'title',
	'description',
	'fearedEvent',
	'severity',
	'likelihood',
	'levelOverride',
	'residualSeverity',
	'residualLikelihood',
	'accepted',
	'acceptanceReason',
	'discrimination'
] as const satisfies readonly (keyof DiffRisk)[];

export const MEASURE_FIELDS = ['title', 'type', 'owner', 'dueOn', 'status', 'risks'] as const satisfies readonly (keyof ComparedMeasure)[];

/** Key-order independent equality for JSON values; blanks (empty text, no choice) count as equal. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (isEmpty(a) && isEmpty(b)) return true;
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isRecord(value)) {
		const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

const QUESTION_ORDER = new Map(allQuestions.map((q, i) => [q.id, i]));
const SECTION_ORDER = new Map(allSections.map((s, i) => [s.id, i]));

function byCatalogue(order: Map<string, number>) {
	return (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b);
}

function answerChanges(before: Record<string, unknown>, after: Record<string, unknown>): AnswerChange[] {
	const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byCatalogue(QUESTION_ORDER));
	const changes: AnswerChange[] = [];
	for (const questionId of ids) {
		const [old, now] = [before[questionId], after[questionId]];
		if (sameValue(old, now)) continue;
		changes.push({ questionId, kind: isEmpty(old) ? 'added' : isEmpty(now) ? 'removed' : 'changed', before: old, after: now });
	}
	return changes;
}

interface StoredItem {
	id: string;
	answers: Record<string, unknown>;
}

function storedItems(section: Record<string, unknown> | undefined): StoredItem[] {
	const items = section?.items;
	if (!Array.isArray(items)) return [];
	return items.filter((i): i is StoredItem => isRecord(i) && typeof i.id === 'string' && isRecord(i.answers));
}

/** Items are matched by their stable id; a removed item is numbered as the older version numbered it. */
function itemChanges(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): AnswerChange[] {
	const [old, now] = [storedItems(before), storedItems(after)];
	const changes: AnswerChange[] = [];
	now.forEach((item, index) => {
		const previous = old.find((o) => o.id === item.id);
		const kind: ChangeKind = previous ? 'changed' : 'added';
		for (const change of answerChanges(previous?.answers ?? {}, item.answers)) changes.push({ ...change, item: { id: item.id, number: index + 1, kind } });
	});
	old.forEach((item, index) => {
		if (now.some((n) => n.id === item.id)) return;
		for (const change of answerChanges(item.answers, {})) changes.push({ ...change, item: { id: item.id, number: index + 1, kind: 'removed' } });
	});
	return changes;
}

function sectionDiffs(before: VersionContent['answers'], after: VersionContent['answers']): SectionDiff[] {
	const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byCatalogue(SECTION_ORDER));
	return ids
		.map((sectionId) => {
			const repeatable = sectionById(sectionId)?.repeatable ?? false;
			const changes = repeatable ? itemChanges(before[sectionId], after[sectionId]) : answerChanges(before[sectionId] ?? {}, after[sectionId] ?? {});
			return { sectionId, changes };
		})
		.filter((s) => s.changes.length > 0);
}

/**
 * Pairs records of two versions. A new version copies its risks and measures under new ids, so after the
 * id the records are matched by each key in turn (e.g. catalogue id and title, then title); what stays
 * unmatched was added or removed. A renamed own risk therefore shows as one removed and one added.
 */
export function pairRecords<T extends { id: string }>(before: readonly T[], after: readonly T[], keys: readonly ((r: T) => string | null)[]) {
	const pairs: [T, T][] = [];
	const oldLeft = [...before];
	const newLeft = [...after];
	for (const key of [(r: T) => r.id, ...keys]) {
		for (const item of [...newLeft]) {
			const k = key(item);
			if (k === null) continue;
			const match = oldLeft.find((o) => key(o) === k);
			if (!match) continue;
			pairs.push([match, item]);
			oldLeft.splice(oldLeft.indexOf(match), 1);
			newLeft.splice(newLeft.indexOf(item), 1);
		}
	}
	return { pairs, removed: oldLeft, added: newLeft };
}

function recordChanges<T extends { id: string }>(
	before: readonly T[],
	after: readonly T[],
	fields: readonly (keyof T & string)[],
	keys: readonly ((r: T) => string | null)[]
): RecordChange<T>[] {
	const { pairs, removed, added } = pairRecords(before, after, keys);
	const order = (r: T) => after.indexOf(r);
	const changed = pairs
		.sort((a, b) => order(a[1]) - order(b[1]))
		.map(([old, now]) => ({ kind: 'changed' as const, before: old, after: now, fields: fields.filter((f) => !sameValue(old[f], now[f])) }))
		.filter((c) => c.fields.length > 0);
	return [
		...added.map((r) => ({ kind: 'added' as const, before: null, after: r, fields: [...fields] })),
		...changed,
		...removed.map((r) => ({ kind: 'removed' as const, before: r, after: null, fields: [...fields] }))
	];
}

function compared(version: VersionContent): ComparedMeasure[] {
	const titles = new Map(version.risks.map((r, i) => [r.id, numberedTitle(riskNumber(i), r.title)]));
	return version.measures.map(({ riskIds, ...m }) => ({ ...m, risks: riskIds.map((id) => titles.get(id) ?? id).sort() }));
}

/** Each risk change with the risk's number in the newer version (the older one for a removed risk). */
function numbered(changes: RecordChange<DiffRisk>[], before: Map<string, string>, after: Map<string, string>): NumberedRiskChange[] {
	return changes.map((c) => ({ ...c, number: c.after ? after.get(c.after.id) : c.before ? before.get(c.before.id) : undefined }));
}

export function diffVersions(before: VersionContent, after: VersionContent): VersionDiff {
	return {
		sections: sectionDiffs(before.answers, after.answers),
		risks: numbered(
			recordChanges(before.risks, after.risks, RISK_FIELDS, [(r) => `${r.catalogueId ?? ''}|${r.title}`, (r) => r.catalogueId, (r) => r.title]),
			numbersById(before.risks, riskNumber),
			numbersById(after.risks, riskNumber)
		),
		measures: recordChanges(compared(before), compared(after), MEASURE_FIELDS, [(m) => `${m.type}|${m.title}`, (m) => m.title])
	};
}

export function isUnchanged(diff: VersionDiff): boolean {
	return diff.sections.length === 0 && diff.risks.length === 0 && diff.measures.length === 0;
}

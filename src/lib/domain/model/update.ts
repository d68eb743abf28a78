import type { State } from '../workflow/states';
import { modelAnswers, sameValue } from './attribution';

/** The parts of a model document an update compares (the server's ModelDocument has them all). */
export interface ComparableModel {
	answers: Readonly<Record<string, unknown>>;
	risks: readonly { key: string; title: string; severity: number; likelihood: number; [k: string]: unknown }[];
	supplierMeasures: readonly { key: string; title: string; status: string; agreedOn: string | null; [k: string]: unknown }[];
	schoolMeasures: readonly { key: string; title: string; [k: string]: unknown }[];
}

export type Change = 'added' | 'removed' | 'changed';

export interface AnswerChange {
	key: string;
	sectionId: string;
	change: Change;
	before: unknown;
	after: unknown;
}

export interface ItemChange<T> {
	key: string;
	change: Change;
	before: T | null;
	after: T | null;
}

function compareLists<T extends { key: string }>(before: readonly T[], after: readonly T[]): ItemChange<T>[] {
	const old = new Map(before.map((i) => [i.key, i]));
	const next = new Map(after.map((i) => [i.key, i]));
	const changes: ItemChange<T>[] = [];
	for (const [key, item] of old) {
		const now = next.get(key);
		if (!now) changes.push({ key, change: 'removed', before: item, after: null });
		else if (!sameValue(item, now)) changes.push({ key, change: 'changed', before: item, after: now });
	}
	for (const [key, item] of next) if (!old.has(key)) changes.push({ key, change: 'added', before: null, after: item });
	return changes;
}

/** What a newer model version changes: answers, generic risks, supplier measures (with their status) and school measures. */
export function diffModels<M extends ComparableModel>(before: M, after: M) {
	const oldAnswers = new Map(modelAnswers(before.answers).map((a) => [a.key, a]));
	const newAnswers = new Map(modelAnswers(after.answers).map((a) => [a.key, a]));
	const answers: AnswerChange[] = [];
	for (const [key, a] of oldAnswers) {
		const b = newAnswers.get(key);
		if (!b) answers.push({ key, sectionId: a.sectionId, change: 'removed', before: a.value, after: undefined });
		else if (!sameValue(a.value, b.value)) answers.push({ key, sectionId: a.sectionId, change: 'changed', before: a.value, after: b.value });
	}
	for (const [key, b] of newAnswers) if (!oldAnswers.has(key)) answers.push({ key, sectionId: b.sectionId, change: 'added', before: undefined, after: b.value });
	return {
		answers,
		risks: compareLists(before.risks as M['risks'][number][], after.risks as M['risks'][number][]),
		supplierMeasures: compareLists(before.supplierMeasures as M['supplierMeasures'][number][], after.supplierMeasures as M['supplierMeasures'][number][]),
		schoolMeasures: compareLists(before.schoolMeasures as M['schoolMeasures'][number][], after.schoolMeasures as M['schoolMeasures'][number][])
	};
}

export type ModelDiff<M extends ComparableModel> = ReturnType<typeof diffModels<M>>;

/** Why a DPIA cannot take a model update now: under review by the FG or the board, or closed (rejected, archived). */
export type UpdateBlock = 'in_review' | 'closed';

/**
 * Adopting a model update makes a new DPIA version (issue 20), from a concept as from a decided DPIA. A DPIA
 * under review is not changed underneath the FG or the board; a rejected or archived one gets no new
 * version in its workflow, so no update either.
 */
export function updateBlock(status: State): UpdateBlock | null {
	if (status === 'concept' || status === 'in_force' || status === 'review_due') return null;
	return status === 'rejected' || status === 'archived' ? 'closed' : 'in_review';
}

import { sectionById } from '../questionnaire/catalogue';

/**
 * Which answers of a local DPIA came from its model, and which the school changed. An answer is keyed by
 * its question id, or, in a list section (§2 data, §3 operations, §6 parties), by the section id: a list
 * is taken from the model or changed as a whole.
 */
export type SectionRecords = Readonly<Record<string, unknown>>;

export interface ModelAnswer {
	key: string;
	sectionId: string;
	value: unknown;
}

export type AnswerOrigin =
	| { key: string; sectionId: string; state: 'model' }
	| { key: string; sectionId: string; state: 'changed'; reason: string }
	| { key: string; sectionId: string; state: 'unexplained' };

/** The model's answers, one per key. */
export function modelAnswers(sections: Readonly<Record<string, SectionRecords | unknown>>): ModelAnswer[] {
	return Object.entries(sections).flatMap(([sectionId, record]) => {
		if (sectionById(sectionId)?.repeatable) return [{ key: sectionId, sectionId, value: record }];
		return Object.entries((record ?? {}) as SectionRecords).map(([key, value]) => ({ key, sectionId, value }));
	});
}

/** The stored value behind a key: a question's answer, or a list section's whole record. */
export function currentValue(stored: Readonly<Record<string, unknown>>, answer: Pick<ModelAnswer, 'key' | 'sectionId'>): unknown {
	const record = stored[answer.sectionId];
	if (answer.key === answer.sectionId) return record;
	return record && typeof record === 'object' ? (record as SectionRecords)[answer.key] : undefined;
}

/** Equal as JSON whatever the key order, so re-saving an untouched form keeps the model's attribution. */
export function sameValue(a: unknown, b: unknown): boolean {
	return stable(a) === stable(b);
}

function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value ?? null);
}

/**
 * Where each model answer stands now: still the model's, changed with a reason, or changed without one
 * (which the inventarisatie counts as still to do).
 */
export function answerOrigins(model: readonly ModelAnswer[], stored: Readonly<Record<string, unknown>>, reasons: Readonly<Record<string, { reason: string }>>): AnswerOrigin[] {
	return model.map((answer) => {
		const { key, sectionId } = answer;
		if (sameValue(answer.value, currentValue(stored, answer))) return { key, sectionId, state: 'model' };
		const reason = reasons[key]?.reason.trim();
		return reason ? { key, sectionId, state: 'changed', reason } : { key, sectionId, state: 'unexplained' };
	});
}

/** A local DPIA's stored model basis, as far as attribution reads it: the model's answers and the school's reasons. */
export interface AttributedBasis {
	document: { answers: Readonly<Record<string, unknown>> };
	basis: { answerChanges: Readonly<Record<string, { reason: string }>> };
}

/** answerOrigins of a stored model basis against the version's stored sections. */
export function basisOrigins(basis: AttributedBasis, stored: Readonly<Record<string, unknown>>): AnswerOrigin[] {
	return answerOrigins(modelAnswers(basis.document.answers), stored, basis.basis.answerChanges);
}

export type RiskDecision = 'applies' | 'not_applicable';
export type SchoolMeasureDecision = 'in_place' | 'will_do' | 'not_applicable';
export const RISK_DECISIONS = ['applies', 'not_applicable'] as const satisfies readonly RiskDecision[];
export const SCHOOL_MEASURE_DECISIONS = ['in_place', 'will_do', 'not_applicable'] as const satisfies readonly SchoolMeasureDecision[];

/** What the school must still do before the DPIA can go to the FG: undecided risks and measures, unexplained changes. */
export function openInventory(items: readonly { kind: string; decision: string | null }[], origins: readonly AnswerOrigin[]) {
	const risks = items.filter((i) => i.kind === 'risk' && !i.decision).length;
	const measures = items.filter((i) => i.kind === 'school_measure' && !i.decision).length;
	const answers = origins.filter((o) => o.state === 'unexplained').length;
	return { risks, measures, answers, total: risks + measures + answers };
}

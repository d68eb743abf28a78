import { stateLabel } from '$lib/components/risk/levels';
import { OUTCOME_LABEL } from '$lib/components/prescan/labels';
import { answerText } from '$lib/domain/answer-text';
import { isOutcome } from '$lib/domain/prescan';
import { questionById } from '$lib/domain/questionnaire/catalogue';
import type { Answers } from '$lib/domain/questionnaire/types';
import { isRecord } from '$lib/domain/questionnaire/values';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { AuditEntry } from '../db/schema';
import { isMeasureField, isRiskField, MEASURE_FIELD_LABELS, measureFieldValue, RISK_FIELD_LABELS, riskFieldValue } from './record-fields';
import type { FieldChange } from './version-diff-view';

export interface AuditLine {
	id: number;
	at: Date;
	who: string;
	what: string;
	changes: FieldChange[];
}

const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

/** Changed fields of a risk or measure update, in words; unchanged and internal fields are left out. */
function recordChanges(entity: 'risk' | 'measure', before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of Object.keys(after)) {
		if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
		if (entity === 'risk' && isRiskField(field))
			changes.push({ label: RISK_FIELD_LABELS[field](), before: riskFieldValue(field, before[field]), after: riskFieldValue(field, after[field]) });
		if (entity === 'measure' && isMeasureField(field))
			changes.push({ label: MEASURE_FIELD_LABELS[field](), before: measureFieldValue(field, before[field]), after: measureFieldValue(field, after[field]) });
	}
	return changes;
}

/**
 * The question an answer entry is about: its entity id is the question id, possibly prefixed with the
 * section or item ("2/item-1/2.3"), or the entry's data names it.
 */
function questionOf(entry: AuditEntry) {
	const candidates = [...text(entry.entityId).split(/[/:#]/).reverse(), text(record(entry.after).questionId), text(record(entry.before).questionId)];
	for (const id of candidates) {
		const found = id && questionById(id);
		if (found) return found;
	}
	return undefined;
}

/** An answer entry stores the bare value, or `{ item, value }` for a question of a repeatable section. */
function answerValue(data: unknown): unknown {
	return isRecord(data) && 'value' in data && ('item' in data || 'questionId' in data) ? data.value : data;
}

function questionLabel(entry: AuditEntry): string {
	const question = questionOf(entry);
	const locale = getLocale();
	return question ? `${question.id} ${question.label[locale]}` : text(record(entry.after).questionId || entry.entityId);
}

function describe(entry: AuditEntry, answers: Answers): { what: string; changes: FieldChange[] } {
	const before = record(entry.before);
	const after = record(entry.after);
	const name = text(after.title ?? before.title ?? after.name);
	switch (`${entry.action}:${entry.entity}`) {
		case 'create:processing':
			return { what: m.audit_processing_created({ name }), changes: [] };
		case 'prescan:prescan': {
			const outcome = isOutcome(after.outcome) ? OUTCOME_LABEL[after.outcome]() : text(after.outcome);
			return { what: m.audit_prescan({ outcome }), changes: [] };
		}
		case 'update:prescan_reasoning':
			return { what: m.audit_prescan_reasoning(), changes: [{ label: m.audit_text(), before: text(before.reasoning), after: text(after.reasoning) }] };
		case 'update:prescan_fg_view':
			return { what: m.audit_prescan_fg_view(), changes: [{ label: m.audit_text(), before: text(before.fgView), after: text(after.fgView) }] };
		case 'create:assessment':
			return { what: m.audit_assessment_created(), changes: [] };
		case 'import:assessment':
			return { what: m.audit_assessment_imported(), changes: [] };
		case 'transition:assessment':
		case 'sign_off:assessment': {
			const change = { label: m.audit_status(), before: stateLabel(text(before.status)), after: stateLabel(text(after.status)) };
			const version = Number(after.version ?? before.version) || 1;
			const what = entry.action === 'sign_off' ? m.audit_signed_off({ version }) : after.action === 'new_version' ? m.audit_new_version({ version }) : m.audit_transition({ version });
			return { what, changes: [change] };
		}
		case 'create:risk':
			return { what: m.audit_risk_created({ title: name }), changes: [] };
		case 'update:risk':
			return { what: m.audit_risk_updated({ title: name }), changes: recordChanges('risk', before, after) };
		case 'delete:risk':
			return { what: m.audit_risk_deleted({ title: name }), changes: [] };
		case 'create:measure':
			return { what: m.audit_measure_created({ title: name }), changes: [] };
		case 'update:measure':
			return { what: m.audit_measure_updated({ title: name }), changes: recordChanges('measure', before, after) };
		case 'delete:measure':
			return { what: m.audit_measure_deleted({ title: name }), changes: [] };
		case 'create:comment':
			return { what: m.audit_comment({ question: questionLabel(entry) }), changes: [{ label: m.audit_text(), before: '', after: text(after.body) }] };
		case 'resolve:comment_thread':
			return { what: m.audit_thread_resolved({ question: questionLabel(entry) }), changes: [] };
		case 'reopen:comment_thread':
			return { what: m.audit_thread_reopened({ question: questionLabel(entry) }), changes: [] };
		case 'gmr_response:gmr_share':
			return { what: m.audit_gmr_response(), changes: [{ label: m.audit_text(), before: text(before.responseText), after: text(after.responseText) }] };
	}
	if (entry.entity === 'answer') {
		const question = questionOf(entry);
		return {
			what: m.audit_answer({ question: questionLabel(entry) }),
			changes: [
				{
					label: m.audit_answer_label(),
					before: answerText(answerValue(entry.before), question, getLocale(), answers),
					after: answerText(answerValue(entry.after), question, getLocale(), answers)
				}
			]
		};
	}
	return { what: m.audit_other({ action: entry.action, entity: entry.entity }), changes: [] };
}

/**
 * One audit entry as a sentence in the request's language: who did what, when, and the old and new value.
 * `answers` (the DPIA's current answers) names the list items that references point at.
 */
export function auditLine(entry: AuditEntry, answers: Answers = {}): AuditLine {
	return { id: entry.id, at: entry.createdAt, who: entry.actorLabel, ...describe(entry, answers) };
}

import { answerText } from '$lib/domain/answer-text';
import type { ChangeKind, ComparedMeasure, DiffRisk, RecordChange, VersionDiff } from '$lib/domain/diff';
import { numberedTitle } from '$lib/domain/risk/numbering';
import { questionById, sectionById } from '$lib/domain/questionnaire/catalogue';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MEASURE_FIELD_LABELS, measureFieldValue, RISK_FIELD_LABELS, riskFieldValue, type MeasureField, type RiskField } from './record-fields';

export interface FieldChange {
	label: string;
	before: string;
	after: string;
}

export interface RecordChangeView {
	kind: ChangeKind;
	title: string;
	changes: FieldChange[];
}

function itemLabel(item: { number: number; kind: ChangeKind }): string {
	if (item.kind === 'added') return m.ver_item_added({ number: item.number });
	if (item.kind === 'removed') return m.ver_item_removed({ number: item.number });
	return m.ver_item({ number: item.number });
}


type FieldOf<T> = keyof T & string;

/** An added or removed record lists only its filled fields; a changed one every field that differs. */
function recordView<T>(
	change: RecordChange<T>,
	title: (record: T) => string,
	label: (field: FieldOf<T>) => string,
	value: (field: FieldOf<T>, v: unknown) => string
): RecordChangeView {
	const { before, after } = change;
	const record = (after ?? before)!;
	const shown = change.fields.filter((f) => change.kind === 'changed' || value(f, record[f]) !== '');
	return {
		kind: change.kind,
		title: title(record),
		changes: shown.map((f) => ({ label: label(f), before: before ? value(f, before[f]) : '', after: after ? value(f, after[f]) : '' }))
	};
}

/**
 * The diff in the request's language: section titles, question labels and answers in words (option
 * labels, yes/no, periods), and risks and measures with their changed fields named.
 */
export function diffView(diff: VersionDiff) {
	const locale = getLocale();
	return {
		sections: diff.sections.map((section) => {
			const known = sectionById(section.sectionId);
			return {
				sectionId: section.sectionId,
				title: known ? `${section.sectionId}. ${known.title[locale]}` : section.sectionId,
				changes: section.changes.map((c) => {
					const question = questionById(c.questionId);
					return {
						questionId: c.questionId,
						label: question ? `${c.questionId} ${question.label[locale]}` : c.questionId,
						item: c.item ? itemLabel(c.item) : null,
						kind: c.kind,
						before: answerText(c.before, question, locale),
						after: answerText(c.after, question, locale)
					};
				})
			};
		}),
		// the domain's compared fields are a subset of the named ones (RISK_FIELDS, MEASURE_FIELDS)
		risks: diff.risks.map((c) =>
			recordView(c, (r: DiffRisk) => numberedTitle(c.number, r.title), (f) => RISK_FIELD_LABELS[f as RiskField](), (f, v) => riskFieldValue(f as RiskField, v))
		),
		measures: diff.measures.map((c) =>
			recordView(c, (x: ComparedMeasure) => x.title, (f) => MEASURE_FIELD_LABELS[f as MeasureField](), (f, v) => measureFieldValue(f as MeasureField, v))
		)
	};
}

export type DiffView = ReturnType<typeof diffView>;

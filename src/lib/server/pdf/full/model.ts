import type { Content, TableCell } from 'pdfmake/interfaces';
import { questionById, sectionById } from '$lib/domain/questionnaire/api';
import type { ReportSnapshot, SnapshotModel } from '../data/types';
import { dataTable, h1, h2, note, para } from '../layout/blocks';
import { formatDate } from '../layout/format';
import type { ReportTexts } from '../texts/types';

/** A model answer's key as the reader knows it: the question (or, for a list, the section) with its number. */
function answerLabel(key: string, texts: ReportTexts): string {
	const label = questionById(key)?.label[texts.locale] ?? sectionById(key)?.title[texts.locale];
	return label ? `${key}  ${label}` : key;
}

function decision(id: string | null, reason: string, texts: ReportTexts): string {
	const t = texts.model;
	if (!id) return t.undecided;
	const label = (t.decisions as Record<string, string>)[id] ?? texts.unknownValue(id);
	return reason ? `${label}: ${reason}` : label;
}

/** The cover's line naming the model, for a DPIA that builds on one. */
export function modelLabel(s: ReportSnapshot, texts: ReportTexts): string | null {
	return s.model ? texts.model.label(s.model.system, s.model.version, s.model.publisher) : null;
}

/**
 * The chapter on the model DPIA this local DPIA builds on: which model, which answers the school changed
 * and why, and what it decided for each generic risk and school measure. A DPIA of its own has none.
 */
export function modelPart(model: SnapshotModel | null | undefined, texts: ReportTexts): Content[] {
	if (!model) return [];
	const t = texts.model;
	const changed: TableCell[][] = model.answers.changed.map((c) => [answerLabel(c.key, texts), c.reason || { text: t.noReason, italics: true }]);
	const supplierStatus = (status: string, agreedOn: string | null) =>
		[(t.supplierStatuses as Record<string, string>)[status] ?? texts.unknownValue(status), formatDate(agreedOn, texts)].filter(Boolean).join(', ');
	return [
		h1(t.heading, false),
		para(t.intro(model.system, model.version, model.publisher, formatDate(model.modelDate, texts))),
		...(model.example ? [note(t.example)] : []),
		para(t.answers(model.answers.total, model.answers.changed.length)),
		...(changed.length ? [dataTable(t.changedColumns, changed, ['*', '*'])] : []),
		...(model.risks.length ? [h2(t.risksHeading), dataTable(t.columns, model.risks.map((r) => [r.title, decision(r.decision, r.reason, texts)]), ['*', '*'])] : []),
		...(model.supplierMeasures.length
			? [h2(t.supplierHeading), dataTable(t.columns, model.supplierMeasures.map((m) => [m.title, supplierStatus(m.status, m.agreedOn)]), ['*', '*'])]
			: []),
		...(model.schoolMeasures.length ? [h2(t.schoolHeading), dataTable(t.columns, model.schoolMeasures.map((m) => [m.title, decision(m.decision, m.reason, texts)]), ['*', '*'])] : [])
	];
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import { STATE_LABELS } from '$lib/domain/workflow/states';
import { isDraft } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { dataTable, h1, h2, note, para } from '../layout/blocks';
import { formatDate, formatMoment, labelOf } from '../layout/format';
import { ACCENT } from '../layout/styles';
import type { ReportTexts } from '../texts/types';

function audit(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.history;
	if (s.audit.entries === 0) return [h2(t.auditHeading), para(t.auditNone)];
	const totals = new Map<string, number>();
	for (const c of s.audit.counts) {
		const name = t.entities[c.entity] ?? t.otherEntity;
		totals.set(name, (totals.get(name) ?? 0) + c.count);
	}
	const rows: TableCell[][] = [...totals].map(([name, n]) => [name, t.changes(n)]);
	return [
		h2(t.auditHeading),
		para(t.auditSummary(s.audit.entries, formatMoment(s.audit.firstAt, texts), formatMoment(s.audit.lastAt, texts))),
		{ columns: [{ width: 320, stack: [dataTable(['', ''], rows, ['*', 100])] }, { width: '*', text: '' }] }
	];
}

/** Version history, the steps of this version and a summary of the audit trail. */
export function history(s: ReportSnapshot, heading: string, texts: ReportTexts): Content[] {
	const t = texts.history;
	const state = (id: string) => labelOf(STATE_LABELS, id, texts);
	const versions: TableCell[][] = s.versions.map((v) => [
		String(v.number),
		formatDate(v.createdOn, texts),
		state(v.status),
		formatDate(v.frozenOn, texts),
		v.reason || t.firstVersion
	]);
	const steps: TableCell[][] = s.history.map((h) => [formatMoment(h.at, texts), t.actions[h.action] ?? texts.unknownValue(h.action), h.by, h.note ?? '']);
	return [
		h1(heading),
		h2(t.versionsHeading),
		dataTable(t.versionColumns, versions, [40, 80, 110, 80, '*']),
		h2(t.stepsHeading),
		steps.length ? dataTable(t.stepColumns, steps, [80, 120, 90, '*']) : note(texts.none),
		...audit(s, texts)
	];
}

/**
 * The last block of the report. A file cannot hold its own hash, so it prints the fingerprint of the
 * captured content; the app shows that fingerprint next to the SHA-256 of this PDF recorded at sign-off.
 */
export function verification(s: ReportSnapshot, fingerprint: string | null, t: ReportTexts['verification'], texts: ReportTexts): Content[] {
	if (isDraft(s) || !fingerprint) return [{ text: t.heading, style: 'h2', margin: [0, 24, 0, 6] }, para(t.draft)];
	return [
		{
			unbreakable: true,
			stack: [
				{ text: t.heading, style: 'h2', margin: [0, 24, 0, 6] },
				para(t.frozen(formatMoment(s.signedOff!.at, texts), s.signedOff!.by)),
				{ text: t.fingerprint, style: 'label' },
				{ text: fingerprint, style: 'mono', bold: true, color: ACCENT, margin: [0, 2, 0, 8] },
				para(t.howTo)
			]
		}
	];
}


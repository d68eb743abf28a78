import type { Content, TableCell } from 'pdfmake/interfaces';
import { CHANGE_REASONS } from '$lib/domain/review';
import { STATE_LABELS } from '$lib/domain/workflow/states';
import { isDraft } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { dataTable, h1, h2, headed, keep, note, para } from '../layout/blocks';
import { formatDate, formatMoment, labelOf } from '../layout/format';
import { ACCENT } from '../layout/styles';
import type { ReportTexts } from '../texts/types';

function audit(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.history;
	if (s.audit.entries === 0) return headed(h2(t.auditHeading), [para(t.auditNone)]);
	const totals = new Map<string, number>();
	for (const c of s.audit.counts) {
		const name = t.entities[c.entity] ?? t.otherEntity;
		totals.set(name, (totals.get(name) ?? 0) + c.count);
	}
	const rows: TableCell[][] = [...totals].map(([name, n]) => [name, t.changes(n)]);
	return headed(h2(t.auditHeading), [
		para(t.auditSummary(s.audit.entries, formatMoment(s.audit.firstAt, texts), formatMoment(s.audit.lastAt, texts))),
		{ columns: [{ width: 320, stack: [dataTable(['', ''], rows, ['*', 100])] }, { width: '*', text: '' }] }
	]);
}

/** A new version's reason is stored as "<change id>: <text>" (services/workflow.ts); show the id's label. */
function reasonText(reason: string, texts: ReportTexts): string {
	const match = /^([a-z_]+): ([\s\S]*)$/.exec(reason);
	const known = match && CHANGE_REASONS.find((r) => r.id === match[1]);
	return known ? `${known.label[texts.locale]}: ${match[2]}` : reason;
}

/** A SHA-256 in four groups of 16, so the column can wrap it between groups. */
const grouped = (sha256: string) => sha256.match(/.{1,16}/g)?.join(' ') ?? sha256;

/** The documents attached to the questions, each with the SHA-256 a reader can check the file against. */
function documents(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.history;
	const rows: TableCell[][] = (s.documents ?? []).map((d) => [d.questionId, d.fileName, formatDate(d.addedOn, texts), { text: grouped(d.sha256), fontSize: 7.5 }]);
	return rows.length ? [dataTable(t.documentColumns, rows, [40, '*', 70, 150], t.documentsHeading)] : [];
}

/** Version history, the steps of this version, the attached documents and a summary of the audit trail. */
export function history(s: ReportSnapshot, heading: string, texts: ReportTexts): Content[] {
	const t = texts.history;
	const state = (id: string) => labelOf(STATE_LABELS, id, texts);
	const versions: TableCell[][] = s.versions.map((v) => [
		String(v.number),
		formatDate(v.createdOn, texts),
		state(v.status),
		formatDate(v.frozenOn, texts),
		v.reason ? reasonText(v.reason, texts) : t.firstVersion
	]);
	const steps: TableCell[][] = s.history.map((h) => [formatMoment(h.at, texts), t.actions[h.action] ?? texts.unknownValue(h.action), h.by, h.note ?? '']);
	return [
		h1(heading),
		dataTable(t.versionColumns, versions, [40, 80, 110, 80, '*'], t.versionsHeading),
		steps.length ? dataTable(t.stepColumns, steps, [80, 120, 90, '*'], t.stepsHeading) : note(texts.none),
		...documents(s, texts),
		...audit(s, texts)
	];
}

/** What the last block says: the content is frozen and how to check it, or that this is a draft. */
export interface VerificationContent {
	heading: string;
	text: string;
	fingerprint: { label: string; value: string } | null;
}

export function verificationContent(s: ReportSnapshot, fingerprint: string | null, t: ReportTexts['verification'], texts: ReportTexts): VerificationContent {
	if (isDraft(s) || !fingerprint) return { heading: t.heading, text: t.draft, fingerprint: null };
	return { heading: t.heading, text: `${t.frozen(formatMoment(s.signedOff!.at, texts), s.signedOff!.by)} ${t.howTo}`, fingerprint: { label: t.fingerprint, value: fingerprint } };
}

/**
 * The last block of the report. A file cannot hold its own hash, so it prints the fingerprint of the
 * captured content; the app shows that fingerprint next to the SHA-256 of this PDF recorded at sign-off.
 */
export function verificationBlocks(v: VerificationContent): Content[] {
	const heading: Content = { text: v.heading, style: 'h2', margin: [0, 14, 0, 4] };
	const small = (text: string): Content => ({ text, fontSize: 9, margin: [0, 0, 0, 4] });
	if (!v.fingerprint) return [keep(heading, small(v.text))];
	return [keep(heading, small(v.text), { text: [{ text: `${v.fingerprint.label}: `, style: 'label' }, { text: v.fingerprint.value, bold: true, color: ACCENT }], fontSize: 8.5 })];
}

export function verification(s: ReportSnapshot, fingerprint: string | null, t: ReportTexts['verification'], texts: ReportTexts): Content[] {
	return verificationBlocks(verificationContent(s, fingerprint, t, texts));
}

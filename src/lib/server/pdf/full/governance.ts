import type { Content, TableCell } from 'pdfmake/interfaces';
import { isAtLeast } from '$lib/domain/risk';
import { BOARD_DECISION_LABELS, FG_VERDICT_LABELS } from '$lib/domain/workflow/decisions';
import type { RiskView } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { dataTable, h1, h2, headed, keyValues, para } from '../layout/blocks';
import { formatDate, labelOf } from '../layout/format';
import type { ReportTexts } from '../texts/types';

function advice(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.workflow;
	if (!s.fgAdvice) return headed(h2(t.fgHeading), [para(t.fgNone)]);
	return headed(h2(t.fgHeading), [
		{ text: labelOf(FG_VERDICT_LABELS, s.fgAdvice.verdict, texts), bold: true },
		{ text: t.advisedOn(formatDate(s.fgAdvice.advisedOn, texts)), style: 'label', margin: [0, 0, 0, 4] },
		para(s.fgAdvice.text)
	]);
}

function decision(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.workflow;
	const d = s.boardDecision;
	if (!d) return headed(h2(t.decisionHeading), [para(t.decisionNone)]);
	return headed(h2(t.decisionHeading), [
		{ text: labelOf(BOARD_DECISION_LABELS, d.decision, texts), bold: true },
		{ text: t.decidedOn(formatDate(d.decidedOn, texts)), style: 'label', margin: [0, 0, 0, 4] },
		keyValues([
			[t.motivation, d.motivation],
			[t.acceptance, d.residualRiskAcceptance],
			[t.deviation, d.deviationMotivation]
		])
	]);
}

/** Art. 36(1) AVG: consultation is needed when a residual risk stays high; the log shows what happened. */
function consultation(s: ReportSnapshot, risks: readonly RiskView[], texts: ReportTexts): Content[] {
	const t = texts.workflow;
	const needed = risks.some((r) => isAtLeast(r.residual, 'high'));
	const rows: TableCell[][] = s.apConsultations.map((c) => [
		formatDate(c.requestedOn, texts),
		c.reference,
		c.answeredOn ? formatDate(c.answeredOn, texts) : t.pending,
		c.outcome
	]);
	return headed(h2(t.consultationHeading), [
		para(needed ? t.consultationNeeded : t.consultationNotNeeded),
		...(rows.length ? [dataTable(t.consultationColumns, rows, [80, 90, 80, '*'])] : [])
	]);
}

function gmr(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.workflow;
	if (s.shares.length === 0) return headed(h2(t.gmrHeading), [para(t.gmrNone)]);
	return headed(h2(t.gmrHeading), [
		...s.shares.flatMap((share) => [
			{ text: t.sharedOn(formatDate(share.sharedOn, texts)), bold: true },
			share.responseKind
				? keyValues([
						[(t.responses as Record<string, string>)[share.responseKind] ?? texts.unknownValue(share.responseKind), formatDate(share.respondedOn, texts)],
						['', share.responseText]
					])
				: para(t.responsePending)
		])
	]);
}

/** FG advice, board decision, Art. 36 consultation, the (G)MR and the review date: the decisions part. */
export function governance(s: ReportSnapshot, risks: readonly RiskView[], heading: string, texts: ReportTexts): Content[] {
	const t = texts.workflow;
	return [
		h1(heading),
		...advice(s, texts),
		...decision(s, texts),
		...consultation(s, risks, texts),
		...gmr(s, texts),
		...headed(h2(t.reviewHeading), [para(s.review.reviewDueOn ? t.reviewDue(formatDate(s.review.reviewDueOn, texts)) : t.reviewNone), para(t.reviewRule)])
	];
}

import type { Content, TableCell } from 'pdfmake/interfaces';
import { PRESCAN_OUTCOMES, type Answers } from '$lib/domain/questionnaire/api';
import { LEVEL_IDS, LEVEL_LABELS, type RiskLevel } from '$lib/domain/risk';
import { MEASURE_STATUSES } from '$lib/domain/risk/measure-status';
import { isTriggerId, triggerById } from '$lib/domain/triggers';
import { BOARD_DECISION_LABELS, FG_VERDICT_LABELS } from '$lib/domain/workflow/decisions';
import { highest, isDraft, levelCounts, statusLabel, type MeasureView, type RiskView } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { bullets, dataTable, h1, h2, keyValues, levelCell, note, para } from '../layout/blocks';
import { formatDate, formatMoment, labelOf } from '../layout/format';
import type { ReportTexts } from '../texts/types';
import { measureStatusLabel } from './measures';
import { modelLabel } from './model';

const outcomeLabel = (id: string | undefined, texts: ReportTexts) =>
	id ? (PRESCAN_OUTCOMES.find((o) => o.id === id)?.label[texts.locale] ?? texts.unknownValue(id)) : '';

const levelText = (level: RiskLevel | null, texts: ReportTexts) => (level ? LEVEL_LABELS[level][texts.locale] : texts.none);

export function cover(s: ReportSnapshot, risks: readonly RiskView[], texts: ReportTexts): Content[] {
	const t = texts.cover;
	return [
		{ text: texts.title, style: 'title', margin: [0, 90, 0, 4] },
		{ text: texts.subtitle, style: 'subtitle', margin: [0, 0, 0, 36] },
		{ text: s.processing.name, fontSize: 20, bold: true, margin: [0, 0, 0, 16] },
		keyValues([
			[t.organisation, s.organisation.name],
			[t.processing, s.processing.description],
			[t.vendor, s.processing.vendor],
			[t.model, modelLabel(s, texts)],
			[t.schools, s.schools.join(', ')],
			[t.version, String(s.version.number)],
			[t.status, statusLabel(s, texts.locale)]
		]),
		{ text: t.keyFacts, style: 'h2' },
		keyValues([
			[t.prescanOutcome, outcomeLabel(s.prescan?.outcome, texts)],
			[t.highestInherent, levelText(highest(risks.map((r) => r.inherent)), texts)],
			[t.highestResidual, levelText(highest(risks.map((r) => r.residual)), texts)],
			[t.fgAdvice, s.fgAdvice ? `${labelOf(FG_VERDICT_LABELS, s.fgAdvice.verdict, texts)} (${formatDate(s.fgAdvice.advisedOn, texts)})` : null],
			[t.decision, s.boardDecision ? `${labelOf(BOARD_DECISION_LABELS, s.boardDecision.decision, texts)} (${formatDate(s.boardDecision.decidedOn, texts)})` : null],
			[t.reviewDue, formatDate(s.review.reviewDueOn, texts)]
		]),
		{
			text: isDraft(s) ? t.draftNotice : t.frozenNotice(formatMoment(s.signedOff!.at, texts), s.signedOff!.by),
			margin: [0, 24, 0, 0],
			bold: true
		}
	];
}

export function summary(answers: Answers, risks: readonly RiskView[], measures: readonly MeasureView[], texts: ReportTexts): Content[] {
	const t = texts.summary;
	const text = answers['18.1'];
	const inherent = levelCounts(risks.map((r) => r.inherent));
	const residual = levelCounts(risks.map((r) => r.residual));
	const rows: TableCell[][] = [...LEVEL_IDS].reverse().map((level) => [levelCell(level, texts), String(inherent[level]), String(residual[level])]);
	const statuses = MEASURE_STATUSES.map((id) => `${measureStatusLabel(id, texts)}: ${measures.filter((m) => m.measure.status === id).length}`);
	return [
		h1(t.heading),
		typeof text === 'string' && text.trim() ? para(text) : note(t.missing),
		h2(t.figures),
		{ text: t.risksPerLevel, style: 'h3' },
		{ columns: [{ width: 300, stack: [dataTable(['', t.inherent, t.residual], rows, ['*', 80, 80])] }, { width: '*', text: '' }] },
		{ text: t.measuresPerStatus, style: 'h3' },
		bullets(statuses)
	];
}

export function prescan(s: ReportSnapshot, texts: ReportTexts): Content[] {
	const t = texts.prescan;
	const p = s.prescan;
	if (!p) return [h1(t.heading, false), para(t.none)];
	const rows: TableCell[][] = p.reasons.map((r) => {
		const trigger = isTriggerId(r.id) ? triggerById(r.id) : null;
		const source = (t.sources as Record<string, string>)[r.source] ?? texts.unknownValue(r.source);
		const effect = (t.effects as Record<string, string>)[r.effect] ?? texts.unknownValue(r.effect);
		return [
			{ text: [{ text: `${r.id}  `, bold: true }, trigger ? trigger.label[texts.locale] : texts.unknownValue(r.id)] },
			// the citation names the source itself ("AVG art. 35 lid 3 sub a", "WP248 rev.01, criterium 1")
			trigger ? trigger.citation[texts.locale] : source,
			r.derived ? `${effect}\n(${t.derived})` : effect
		];
	});
	return [
		h1(t.heading, false),
		para(t.intro),
		keyValues([[t.outcome, { text: outcomeLabel(p.outcome, texts), bold: true }], ['', t.ranOn(formatDate(p.ranOn, texts))]]),
		dataTable([t.rule, t.source, t.effect], rows, ['*', 130, 110]),
		...(p.flags.length ? [h2(t.flags), bullets(p.flags.map((f) => (t.flagLabels as Record<string, string>)[f] ?? texts.unknownValue(f)))] : []),
		...(p.reasoning ? [h2(t.reasoning), para(p.reasoning)] : []),
		...(p.fgView ? [h2(t.fgView), para(p.fgView)] : [])
	];
}

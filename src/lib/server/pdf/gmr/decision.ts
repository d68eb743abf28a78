import type { Content } from 'pdfmake/interfaces';
import { isAtLeast, LEVEL_LABELS } from '$lib/domain/risk';
import { BOARD_DECISION_LABELS, deviatesFromAdvice, FG_VERDICT_LABELS } from '$lib/domain/workflow/decisions';
import { highest } from '../data/derive';
import { bullets, para } from '../layout/blocks';
import { formatDate, labelOf } from '../layout/format';
import { heading, lines, sub, type GmrContext } from './context';

function advice(ctx: GmrContext): Content[] {
	const { g, s, texts } = ctx;
	const a = s.fgAdvice;
	if (!a) return [heading(ctx, 8, true), para(g.advice.none)];
	const d = s.boardDecision;
	const deviates = d !== null && deviatesFromAdvice(a.verdict, d.decision);
	return [
		heading(ctx, 8, true),
		para(g.advice.verdict(labelOf(FG_VERDICT_LABELS, a.verdict, texts).toLowerCase(), formatDate(a.advisedOn, texts))),
		para(a.text),
		...(d ? [para(deviates ? g.advice.deviated : g.advice.followed)] : []),
		...(deviates && d?.deviationMotivation ? [para(d.deviationMotivation)] : [])
	];
}

/** §7.10: the decision, the residual risk the board accepts, and whether the AP was consulted (Art. 36). */
function decision(ctx: GmrContext): Content[] {
	const { g, s, texts } = ctx;
	const d = s.boardDecision;
	if (!d) return [heading(ctx, 9), para(g.decision.none)];
	const top = highest(ctx.risks.map((r) => r.residual));
	const needed = top !== null && isAtLeast(top, 'high');
	const asked = s.apConsultations.length > 0;
	return [
		heading(ctx, 9),
		para(g.decision.decided(labelOf(BOARD_DECISION_LABELS, d.decision, texts).toLowerCase(), formatDate(d.decidedOn, texts))),
		para(d.motivation),
		...(top ? [para(g.decision.residual(LEVEL_LABELS[top][texts.locale].toLowerCase())), para(d.residualRiskAcceptance || texts.none)] : []),
		para(asked ? g.decision.apAsked : needed ? g.decision.apNotAsked : g.decision.apNotNeeded)
	];
}

function rights(ctx: GmrContext): Content[] {
	const { g } = ctx;
	const channel = lines(ctx, '15.4');
	return [
		heading(ctx, 10),
		bullets(g.rights.text),
		...(channel.length ? [sub(g.rights.channel), para(channel.join('\n'))] : []),
		para(g.rights.contact),
		para(g.rights.complaint)
	];
}

function ask(ctx: GmrContext): Content[] {
	const { g, s, texts } = ctx;
	return [
		heading(ctx, 11),
		{ text: g.ask.intro },
		{ ol: g.ask.items, margin: [0, 2, 0, 6] },
		para(s.review.reviewDueOn ? g.ask.review(formatDate(s.review.reviewDueOn, texts)) : g.ask.reviewOpen)
	];
}

export function decisionSections(ctx: GmrContext): Content[] {
	return [...advice(ctx), ...decision(ctx), ...rights(ctx), ...ask(ctx)];
}

import { isAtLeast, LEVEL_LABELS } from '$lib/domain/risk';
import { BOARD_DECISION_LABELS, deviatesFromAdvice, FG_VERDICT_LABELS } from '$lib/domain/workflow/decisions';
import { highest } from '../data/derive';
import { formatDate, labelOf } from '../layout/format';
import type { GmrSection } from './content';
import { bullets, lines, para, section, sub, type GmrContext } from './context';

function advice(ctx: GmrContext): GmrSection {
	const { g, s, texts } = ctx;
	const a = s.fgAdvice;
	if (!a) return section(ctx, 8, [para(g.advice.none)], true);
	const d = s.boardDecision;
	const deviates = d !== null && deviatesFromAdvice(a.verdict, d.decision);
	return section(
		ctx,
		8,
		[
			para(g.advice.verdict(labelOf(FG_VERDICT_LABELS, a.verdict, texts).toLowerCase(), formatDate(a.advisedOn, texts))),
			para(a.text),
			...(d ? [para(deviates ? g.advice.deviated : g.advice.followed)] : []),
			...(deviates && d?.deviationMotivation ? [para(d.deviationMotivation)] : [])
		],
		true
	);
}

/** §7.10: the decision, the residual risk the board accepts, and whether the AP was consulted (Art. 36). */
function decision(ctx: GmrContext): GmrSection {
	const { g, s, texts } = ctx;
	const d = s.boardDecision;
	if (!d) return section(ctx, 9, [para(g.decision.none)]);
	const top = highest(ctx.risks.map((r) => r.residual));
	const needed = top !== null && isAtLeast(top, 'high');
	const asked = s.apConsultations.length > 0;
	return section(ctx, 9, [
		para(g.decision.decided(labelOf(BOARD_DECISION_LABELS, d.decision, texts).toLowerCase(), formatDate(d.decidedOn, texts))),
		para(d.motivation),
		...(top ? [para(g.decision.residual(LEVEL_LABELS[top][texts.locale].toLowerCase())), para(d.residualRiskAcceptance || texts.none)] : []),
		para(asked ? g.decision.apAsked : needed ? g.decision.apNotAsked : g.decision.apNotNeeded)
	]);
}

function rights(ctx: GmrContext): GmrSection {
	const { g } = ctx;
	const channel = lines(ctx, '15.4');
	return section(ctx, 10, [
		bullets(g.rights.text),
		...(channel.length ? [sub(g.rights.channel), para(channel.join('\n'))] : []),
		para(g.rights.contact),
		para(g.rights.complaint)
	]);
}

function ask(ctx: GmrContext): GmrSection {
	const { g, s, texts } = ctx;
	return section(ctx, 11, [
		{ kind: 'lead', text: g.ask.intro },
		{ kind: 'steps', items: g.ask.items },
		para(s.review.reviewDueOn ? g.ask.review(formatDate(s.review.reviewDueOn, texts)) : g.ask.reviewOpen)
	]);
}

export function decisionSections(ctx: GmrContext): GmrSection[] {
	return [advice(ctx), decision(ctx), rights(ctx), ask(ctx)];
}

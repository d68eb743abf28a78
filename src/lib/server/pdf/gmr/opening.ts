import type { Content } from 'pdfmake/interfaces';
import { isTriggerId, triggerById } from '$lib/domain/triggers';
import { bullets, para } from '../layout/blocks';
import { formatMoment } from '../layout/format';
import { ACCENT, HEADER_FILL } from '../layout/styles';
import { heading, lines, sub, type GmrContext } from './context';

function titleBlock(ctx: GmrContext, createdAt: Date): Content[] {
	const { g, s } = ctx;
	return [
		{ text: g.title, style: 'title', fontSize: 22 },
		{ text: g.subtitle(s.processing.name), fontSize: 15, bold: true, margin: [0, 4, 0, 2] },
		{ text: `${s.organisation.name} · ${ctx.texts.version(s.version.number)} · ${formatMoment(createdAt.toISOString(), ctx.texts)}`, style: 'label', margin: [0, 0, 0, 10] },
		para(g.intro)
	];
}

/** Legal terms explained once, at the start, so the sections can use them in short sentences. */
function glossary(ctx: GmrContext): Content {
	return {
		table: {
			widths: ['*'],
			body: [
				[
					{
						fillColor: HEADER_FILL,
						margin: [6, 4, 6, 4],
						stack: [
							{ text: ctx.g.glossaryTitle, bold: true, color: ACCENT, margin: [0, 0, 0, 3] },
							...ctx.g.glossary.map(([term, meaning]) => ({ text: [{ text: `${term}: `, bold: true }, meaning], fontSize: 9, margin: [0, 0, 0, 2] }) as Content)
						]
					}
				]
			]
		},
		layout: 'noBorders',
		margin: [0, 0, 0, 6]
	};
}

/** §7.1: the rules that made the DPIA necessary, in the trigger catalogue's plain explanation. */
function why(ctx: GmrContext): Content[] {
	const { g, s } = ctx;
	const p = s.prescan;
	if (!p) return [heading(ctx, 0), para(g.why.noPrescan)];
	const outcome = (g.why.outcomes as Record<string, string>)[p.outcome] ?? g.why.noPrescan;
	const fired = (effect: string) => p.reasons.filter((r) => r.effect === effect && isTriggerId(r.id)).map((r) => triggerById(r.id as Parameters<typeof triggerById>[0]));
	const decisive = fired('mandatory');
	const criteria = fired('criterion').map((t) => t.label[ctx.texts.locale]);
	// the rules that decide get their plain explanation; the WP248 criteria that only count along are named
	return [
		heading(ctx, 0),
		para(outcome),
		...(decisive.length ? [{ text: g.why.reasonsIntro }, bullets(decisive.map((t) => `${t.label[ctx.texts.locale]}. ${t.explanation[ctx.texts.locale]}`))] : []),
		...(criteria.length ? [para(g.why.criteria(criteria.join(', ')))] : []),
		...p.flags.map((f) => para((g.why.extraChecks as Record<string, string>)[f] ?? f))
	];
}

/** §7.2: the tool, what it is for and who is involved. */
function what(ctx: GmrContext): Content[] {
	const { g, s } = ctx;
	const description = lines(ctx, '0.2');
	const reasons = lines(ctx, '1.2');
	const purposes = lines(ctx, '5.1');
	const people = lines(ctx, '0.4');
	return [
		heading(ctx, 1),
		para(s.processing.vendor ? g.what.uses(s.processing.name, s.processing.vendor) : g.what.usesNoVendor(s.processing.name)),
		para((description.length ? description : [s.processing.description]).join('\n')),
		...(reasons.length ? [sub(g.what.reason), para(reasons.join('\n'))] : []),
		...(purposes.length ? [sub(g.what.purposes), bullets(purposes)] : []),
		...(people.length ? [sub(g.what.people), bullets(people)] : []),
		...(s.schools.length ? [sub(g.what.schools), para(s.schools.join(', '))] : []),
		...modelLines(ctx)
	];
}

/** A local DPIA says which model it builds on and how much of it the school took over (issue 20). */
function modelLines(ctx: GmrContext): Content[] {
	const { g, s } = ctx;
	const model = s.model;
	if (!model) return [];
	const notHere = model.risks.filter((r) => r.decision === 'not_applicable').length;
	const measures = model.supplierMeasures.length + model.schoolMeasures.filter((m) => m.decision !== 'not_applicable').length;
	return [sub(g.what.model), para(`${g.what.basedOn(model.system, model.version, model.publisher)} ${g.what.taken(model.risks.length, notHere, measures, model.answers.changed.length)}`)];
}

export function opening(ctx: GmrContext, createdAt: Date): Content[] {
	return [...titleBlock(ctx, createdAt), glossary(ctx), ...why(ctx), ...what(ctx)];
}

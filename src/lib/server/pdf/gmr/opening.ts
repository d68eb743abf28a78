import { isTriggerId, triggerById } from '$lib/domain/triggers';
import type { GmrSection } from './content';
import { bullets, lines, para, section, sub, type GmrContext } from './context';

/** §7.1: the rules that made the DPIA necessary, in the trigger catalogue's plain explanation. */
function why(ctx: GmrContext): GmrSection {
	const { g, s } = ctx;
	const p = s.prescan;
	if (!p) return section(ctx, 0, [para(g.why.noPrescan)]);
	const outcome = (g.why.outcomes as Record<string, string>)[p.outcome] ?? g.why.noPrescan;
	const fired = (effect: string) => p.reasons.filter((r) => r.effect === effect && isTriggerId(r.id)).map((r) => triggerById(r.id as Parameters<typeof triggerById>[0]));
	const decisive = fired('mandatory');
	const criteria = fired('criterion').map((t) => t.label[ctx.texts.locale]);
	// the rules that decide get their plain explanation; the WP248 criteria that only count along are named
	return section(ctx, 0, [
		para(outcome),
		...(decisive.length ? [{ kind: 'lead', text: g.why.reasonsIntro } as const, bullets(decisive.map((t) => `${t.label[ctx.texts.locale]}. ${t.explanation[ctx.texts.locale]}`))] : []),
		...(criteria.length ? [para(g.why.criteria(criteria.join(', ')))] : []),
		...p.flags.map((f) => para((g.why.extraChecks as Record<string, string>)[f] ?? f))
	]);
}

/** §7.2: the tool, what it is for and who is involved. */
function what(ctx: GmrContext): GmrSection {
	const { g, s } = ctx;
	const description = lines(ctx, '0.2');
	const reasons = lines(ctx, '1.2');
	const purposes = lines(ctx, '5.1');
	const people = lines(ctx, '0.4');
	return section(ctx, 1, [
		para(s.processing.vendor ? g.what.uses(s.processing.name, s.processing.vendor) : g.what.usesNoVendor(s.processing.name)),
		para((description.length ? description : [s.processing.description]).join('\n')),
		...(reasons.length ? [sub(g.what.reason), para(reasons.join('\n'))] : []),
		...(purposes.length ? [sub(g.what.purposes), bullets(purposes)] : []),
		...(people.length ? [sub(g.what.people), bullets(people)] : []),
		...(s.schools.length ? [sub(g.what.schools), para(s.schools.join(', '))] : []),
		...modelLines(ctx)
	]);
}

/** A local DPIA says which model it builds on and how much of it the school took over (issue 20). */
function modelLines(ctx: GmrContext) {
	const { g, s } = ctx;
	const model = s.model;
	if (!model) return [];
	const notHere = model.risks.filter((r) => r.decision === 'not_applicable').length;
	const measures = model.supplierMeasures.length + model.schoolMeasures.filter((m) => m.decision !== 'not_applicable').length;
	return [sub(g.what.model), para(`${g.what.basedOn(model.system, model.version, model.publisher)} ${g.what.taken(model.risks.length, notHere, measures, model.answers.changed.length)}`)];
}

export function openingSections(ctx: GmrContext): GmrSection[] {
	return [why(ctx), what(ctx)];
}

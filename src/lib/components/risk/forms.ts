import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LEVEL_IDS } from '$lib/domain/risk/matrix';
import { FEARED_EVENTS, MEASURE_STATUSES, MEASURE_TYPES } from './choices';

/**
 * Form schemas for risks and measures, shared by the server actions and the pages. Messages are lazy so
 * they follow the request's language.
 */
const scale = z.coerce.number({ error: () => m.risk_error_scale() }).int().min(1, { error: () => m.risk_error_scale() }).max(4, { error: () => m.risk_error_scale() });
const optionalScale = z.preprocess((v) => (v === '' || v === undefined ? null : v), scale.nullable());
/** Lengths the forms allow; the DPIA import (`server/exchange`) holds files to the same. */
export const RISK_LIMITS = { title: 200, text: 5000 } as const;
export const MEASURE_LIMITS = { title: 300, text: 5000, owner: 200 } as const;
const text = z.string().trim().max(RISK_LIMITS.text).default('');
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

interface RiskRuleFields {
	levelOverride: string | null;
	overrideReason: string | null;
	accepted: boolean;
	acceptanceReason: string | null;
	residualSeverity: number | null;
	residualLikelihood: number | null;
}

/** Rules across fields of a risk, shared with the import; `params.rule` names the rule for other languages. */
export function riskRules(v: RiskRuleFields, ctx: z.RefinementCtx): void {
	if (v.levelOverride && !v.overrideReason)
		ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: m.risk_error_override_reason(), params: { rule: 'override_reason' } });
	if (v.accepted && !v.acceptanceReason)
		ctx.addIssue({ code: 'custom', path: ['acceptanceReason'], message: m.risk_error_acceptance_reason(), params: { rule: 'acceptance_reason' } });
	if ((v.residualSeverity === null) !== (v.residualLikelihood === null))
		ctx.addIssue({
			code: 'custom',
			path: [v.residualSeverity === null ? 'residualSeverity' : 'residualLikelihood'],
			message: m.risk_error_residual_pair(),
			params: { rule: 'residual_pair' }
		});
}

export const riskForm = z
	.object({
		title: z.string().trim().min(1, { error: () => m.risk_error_title() }).max(RISK_LIMITS.title),
		description: text,
		origin: text,
		fearedEvent: z.enum(FEARED_EVENTS),
		severity: scale,
		severityMotivation: text,
		likelihood: scale,
		likelihoodMotivation: text,
		levelOverride: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(LEVEL_IDS).nullable()),
		overrideReason: text,
		discrimination: checkbox,
		residualSeverity: optionalScale,
		residualLikelihood: optionalScale,
		accepted: checkbox,
		acceptanceReason: text
	})
	.superRefine(riskRules);
export type RiskInput = z.output<typeof riskForm>;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)));

export const measureForm = z.object({
	title: z.string().trim().min(1, { error: () => m.measure_error_title() }).max(MEASURE_LIMITS.title),
	description: text,
	type: z.enum(MEASURE_TYPES),
	owner: z.string().trim().max(MEASURE_LIMITS.owner).default(''),
	dueOn: z.preprocess((v) => (v === '' ? null : v), isoDate.nullable()).default(null),
	status: z.enum(MEASURE_STATUSES),
	riskIds: z.array(z.uuid()).min(1, { error: () => m.measure_error_risks() })
});
export type MeasureInput = z.output<typeof measureForm>;

import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LEVEL_IDS } from './bridge/scoring';
import { FEARED_EVENTS, MEASURE_STATUSES, MEASURE_TYPES } from './choices';

/**
 * Form schemas for risks and measures, shared by the server actions and the pages. Messages are lazy so
 * they follow the request's language.
 */
const scale = z.coerce.number({ error: () => m.risk_error_scale() }).int().min(1, { error: () => m.risk_error_scale() }).max(4, { error: () => m.risk_error_scale() });
const optionalScale = z.preprocess((v) => (v === '' || v === undefined ? null : v), scale.nullable());
const text = z.string().trim().max(5000).default('');
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const riskForm = z
	.object({
		title: z.string().trim().min(1, { error: () => m.risk_error_title() }).max(200),
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
	.superRefine((v, ctx) => {
		if (v.levelOverride && !v.overrideReason)
			ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: m.risk_error_override_reason() });
		if (v.accepted && !v.acceptanceReason)
			ctx.addIssue({ code: 'custom', path: ['acceptanceReason'], message: m.risk_error_acceptance_reason() });
		if ((v.residualSeverity === null) !== (v.residualLikelihood === null))
			ctx.addIssue({
				code: 'custom',
				path: [v.residualSeverity === null ? 'residualSeverity' : 'residualLikelihood'],
				message: m.risk_error_residual_pair()
			});
	});
export type RiskInput = z.output<typeof riskForm>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)));

export const measureForm = z.object({
	title: z.string().trim().min(1, { error: () => m.measure_error_title() }).max(300),
	description: text,
	type: z.enum(MEASURE_TYPES),
	owner: z.string().trim().max(200).default(''),
	dueOn: z.preprocess((v) => (v === '' ? null : v), isoDate.nullable()).default(null),
	status: z.enum(MEASURE_STATUSES),
	riskIds: z.array(z.uuid()).min(1, { error: () => m.measure_error_risks() })
});
export type MeasureInput = z.output<typeof measureForm>;

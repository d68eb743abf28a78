import { z } from 'zod';
import { PROCESSING_LIMITS } from '$lib/components/prescan/forms';
import { RISK_DECISIONS, SCHOOL_MEASURE_DECISIONS } from '$lib/domain/model/attribution';
import { isIsoDate } from '$lib/domain/questionnaire/validation';
import { m } from '$lib/paraglide/messages';

/** The forms of the model library and the inventarisatie; the same limits the rest of the app uses. */
const KEY = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, { error: () => m.model_error_item() });
const REASON_MAX = 2000;

export const exampleForm = z.object({ example: z.string().max(60) });
export const startForm = z.object({
	versionId: z.uuid({ error: () => m.model_error_item() }),
	name: z.string().trim().max(PROCESSING_LIMITS.name, { error: () => m.model_error_name_long() }).default(''),
	/** The user's word that a second processing of a name already in the register is meant. */
	sameName: z.literal('new').optional()
});
export const riskDecisionForm = z
	.object({
		key: KEY,
		decision: z.enum(RISK_DECISIONS, { error: () => m.model_error_decision() }),
		reason: z.string().trim().max(REASON_MAX, { error: () => m.model_error_reason_long() }).default('')
	})
	.refine((v) => v.decision !== 'not_applicable' || v.reason !== '', { path: ['reason'], error: () => m.model_error_reason() });
export const measureDecisionForm = z
	.object({
		key: KEY,
		decision: z.enum(SCHOOL_MEASURE_DECISIONS, { error: () => m.model_error_decision() }),
		owner: z.string().trim().max(200, { error: () => m.model_error_owner_long() }).default(''),
		dueOn: z.string().trim().default(''),
		reason: z.string().trim().max(REASON_MAX, { error: () => m.model_error_reason_long() }).default('')
	})
	.superRefine((v, ctx) => {
		if (v.decision === 'not_applicable' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: m.model_error_reason() });
		if (v.decision === 'will_do' && !v.owner) ctx.addIssue({ code: 'custom', path: ['owner'], message: m.model_error_owner() });
		if (v.decision === 'will_do' && !isIsoDate(v.dueOn)) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: m.model_error_due() });
	});
export const answerReasonForm = z.object({
	key: KEY,
	reason: z.string().trim().min(1, { error: () => m.model_error_reason() }).max(REASON_MAX, { error: () => m.model_error_reason_long() })
});

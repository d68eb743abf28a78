import { z } from 'zod';
import { BOARD_DECISIONS, FG_VERDICTS, GMR_RESPONSES } from '$lib/domain/workflow/decisions';
import { m } from '$lib/paraglide/messages';

/** Form schemas of the workflow and (G)MR pages; lazy messages follow the request language. */
/** The longest text a workflow form takes; the DPIA import holds files to the same. */
export const WORKFLOW_TEXT_MAX = 10000;
const required = z.string().trim().min(1, { error: () => m.wf_error_required() }).max(WORKFLOW_TEXT_MAX);
const optional = z.string().trim().max(WORKFLOW_TEXT_MAX).default('');
export const isoDate = z
	.string({ error: () => m.wf_error_date() })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.wf_error_date() })
	.refine((s) => !Number.isNaN(Date.parse(s)), { error: () => m.wf_error_date() });
const optionalDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullable()).default(null);

export const gmrResponseForm = z.object({
	kind: z.enum(GMR_RESPONSES),
	text: optional,
	respondedOn: isoDate
});

export const noteForm = z.object({ note: optional });
export const requestChangesForm = z.object({ note: required });
export const adviceForm = z.object({
	verdict: z.enum(FG_VERDICTS),
	text: required,
	advisedOn: isoDate
});
export const decisionForm = z
	.object({
		decision: z.enum(BOARD_DECISIONS),
		motivation: required,
		residualRiskAcceptance: optional,
		deviationMotivation: optional,
		decidedOn: isoDate
	})
	.superRefine((v, ctx) => {
		// Going ahead means the board accepts the remaining risk, and says so in writing (spec §6.2).
		if (v.decision.startsWith('proceed') && !v.residualRiskAcceptance)
			ctx.addIssue({ code: 'custom', path: ['residualRiskAcceptance'], message: m.wf_error_acceptance() });
	});
export const consultationForm = z.object({
	requestedOn: isoDate,
	reference: optional,
	answeredOn: optionalDate,
	outcome: optional
});
export const shareForm = z.object({ sharedOn: isoDate });
export const newVersionForm = z.object({ reason: z.string().min(1, { error: () => m.wf_error_required() }), text: required });
export const archiveForm = z.object({ note: required });

import { z } from 'zod';
import { PROCESSING_LIMITS } from '$lib/components/prescan/forms';
import { MEASURE_STATUSES } from '$lib/domain/risk/measure-status';
import { MEASURE_LIMITS, RISK_LIMITS, riskRules } from '$lib/components/risk/forms';
import { WORKFLOW_TEXT_MAX } from '$lib/components/risk/workflow-forms';
import { CRITERION_IDS } from '$lib/domain/triggers';
import { OUTCOMES, FLAGS } from '$lib/domain/prescan/types';
import { isIsoDate } from '$lib/domain/questionnaire/validation';
import { FEARED_EVENTS, MITIGATION_TYPES } from '$lib/domain/risk/feared-events';
import { LEVEL_IDS } from '$lib/domain/risk/matrix';
import { ACTIONS } from '$lib/domain/workflow/actions';
import { BOARD_DECISIONS, FG_VERDICTS, GMR_RESPONSES } from '$lib/domain/workflow/decisions';
import { STATES } from '$lib/domain/workflow/states';

/**
 * One schema per stored entity of the exchange format, held to what the app's own forms accept: the
 * same lengths (the forms' limits, imported from the forms), the same choice lists, real calendar dates.
 * A file is untrusted input, so it gets no more room than a person typing into the app.
 */
export const text = (max: number) => z.string().max(max);
export const isoDate = z.string().refine(isIsoDate, { params: { problem: 'invalid_date' } });
export const isoDateTime = z.iso.datetime({ offset: true });
export const person = z.email().max(320).nullable();
export const id = z.uuid();
export const level = z.number().int().min(1).max(4);
export const state = z.enum(STATES);
/** Names of people and schools as the account and admin forms take them. */
export const NAME_MAX = 200;
/** Version reasons are ids of a fixed list (`CHANGE_REASONS`) or, for older versions, a short text. */
export const REASON_MAX = 200;

export const riskFields = {
	catalogueId: text(20).nullable(),
	title: z.string().min(1).max(RISK_LIMITS.title),
	description: text(RISK_LIMITS.text),
	fearedEvent: z.enum(FEARED_EVENTS),
	severity: level,
	likelihood: level,
	levelOverride: z.enum(LEVEL_IDS).nullable(),
	residualSeverity: level.nullable(),
	residualLikelihood: level.nullable(),
	accepted: z.boolean(),
	acceptanceReason: text(RISK_LIMITS.text).nullable(),
	discrimination: z.boolean()
};
export const riskDetailFields = {
	origin: text(RISK_LIMITS.text),
	severityMotivation: text(RISK_LIMITS.text),
	likelihoodMotivation: text(RISK_LIMITS.text),
	overrideReason: text(RISK_LIMITS.text).nullable()
};

export const riskSchema = z.strictObject({ id, ...riskFields, ...riskDetailFields }).superRefine(riskRules);

export const measureFields = {
	title: z.string().min(1).max(MEASURE_LIMITS.title),
	type: z.enum(MITIGATION_TYPES),
	owner: text(MEASURE_LIMITS.owner),
	dueOn: isoDate.nullable(),
	status: z.enum(MEASURE_STATUSES),
	riskIds: z.array(id)
};
export const measureSchema = z.strictObject({ id, ...measureFields, description: text(MEASURE_LIMITS.text) });

const workflowText = text(WORKFLOW_TEXT_MAX);
export const adviceFields = {
	verdict: z.enum(FG_VERDICTS),
	text: z.string().min(1).max(WORKFLOW_TEXT_MAX),
	advisedOn: isoDate
};
export const decisionFields = {
	decision: z.enum(BOARD_DECISIONS),
	motivation: z.string().min(1).max(WORKFLOW_TEXT_MAX),
	residualRiskAcceptance: workflowText,
	deviationMotivation: workflowText.nullable(),
	decidedOn: isoDate
};
export const consultationFields = { requestedOn: isoDate, reference: workflowText, answeredOn: isoDate.nullable(), outcome: workflowText };
export const responseKind = z.enum(GMR_RESPONSES);
export const shareFields = { sharedOn: isoDate, responseKind: responseKind.nullable(), responseText: workflowText.nullable(), respondedOn: isoDate.nullable() };
export const transitionFields = { action: z.enum(ACTIONS), fromStatus: state, toStatus: state, note: workflowText.nullable() };

export const processingFields = {
	name: z.string().min(1).max(PROCESSING_LIMITS.name),
	vendor: text(PROCESSING_LIMITS.vendor),
	description: text(PROCESSING_LIMITS.description)
};
export const outcome = z.enum(OUTCOMES);

/** What the pre-scan engine answers (`PrescanResult`); stored beside its input and shown in the report. */
export const prescanResultSchema = z.strictObject({
	outcome,
	criteriaMet: z.array(z.enum(CRITERION_IDS as [string, ...string[]])),
	reasons: z.array(
		z.strictObject({
			id: text(20),
			source: text(20),
			effect: z.enum(['mandatory', 'criterion']),
			derived: z.literal(true).optional()
		})
	),
	flags: z.array(z.enum(FLAGS))
});
export const prescanTexts = { reasoning: text(PROCESSING_LIMITS.reasoning).nullable(), fgView: text(PROCESSING_LIMITS.fgView).nullable() };

import type { MissingQuestion } from '../questionnaire/types';
import { can, type Role } from '../roles';
import { ACTION_RULES, ACTIONS, type Action } from './actions';
import { deviatesFromAdvice } from './decisions';
import type { State } from './states';

/** What the guards look at. The server reads these itself; the UI may pass its own view for a preview. */
export interface Facts {
	/** Required questions still open (the questionnaire's §7 rule is one of them: views sought or why not). */
	missingRequired: MissingQuestion[];
	untreatedRisks: { id: string; title: string }[];
	/** The FG's recorded verdict, if any. */
	fgAdvice: string | null;
	/** The decision being submitted (decide only). */
	decision: string | null;
	deviationMotivation: string;
	/** Some residual risk is high or very high (Art. 36(1) AVG). */
	priorConsultationRequired: boolean;
	/** The AP's answer to the prior consultation is on file. */
	priorConsultationLogged: boolean;
	/** A DPIA built on a model DPIA: inventarisatie items the school has not decided yet (absent: none). */
	modelInventoryOpen?: number;
}

export const REFUSAL_CODES = [
	'wrong_state',
	'role',
	'missing_required',
	'untreated_risks',
	'no_fg_advice',
	'deviation_motivation_required',
	'prior_consultation_required',
	'model_inventory_open'
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type TransitionResult = { ok: true; to: State } | { ok: false; reason: { code: RefusalCode } };

const refuse = (code: RefusalCode): TransitionResult => ({ ok: false, reason: { code } });
const to = (state: State): TransitionResult => ({ ok: true, to: state });

/** The board asking to decide before the FG has advised gets the reason that matters, not "wrong state". */
function decidesTooEarly(state: string, action: Action): boolean {
	return action === 'decide' && (state === 'concept' || state === 'fg_review');
}

/**
 * One workflow step: where it leads, or why it is refused. Checks run in a fixed order (role, state, then
 * the action's own guards), so a user always learns the first thing to fix.
 */
export function transition(state: string, action: Action, context: Facts & { role: Role }): TransitionResult {
	const rule = ACTION_RULES[action];
	if (!can(context.role, rule.capability)) return refuse('role');
	if (decidesTooEarly(state, action)) return refuse('no_fg_advice');
	if (!(rule.from as readonly string[]).includes(state)) return refuse('wrong_state');
	switch (action) {
		case 'submit':
			if (context.missingRequired.length > 0) return refuse('missing_required');
			if (context.untreatedRisks.length > 0) return refuse('untreated_risks');
			if ((context.modelInventoryOpen ?? 0) > 0) return refuse('model_inventory_open');
			return to('fg_review');
		case 'request_changes':
			return to('concept');
		case 'advise':
			return to('fg_advice');
		case 'decide':
			// Art. 35(2): no board decision without the FG's advice.
			if (!context.fgAdvice) return refuse('no_fg_advice');
			if (deviatesFromAdvice(context.fgAdvice, context.decision) && !context.deviationMotivation.trim()) {
				return refuse('deviation_motivation_required');
			}
			if (context.decision === 'adjust') return to('concept');
			if (context.decision === 'reject') return to('rejected');
			// Art. 36(1): processing stays on hold until the AP has answered.
			return to(context.priorConsultationRequired && !context.priorConsultationLogged ? 'ap_consultation' : 'board_decision');
		case 'log_consultation':
			// Logging the request without the AP's answer keeps the DPIA on hold.
			return to(context.priorConsultationLogged ? 'board_decision' : 'ap_consultation');
		case 'share_gmr':
			return to('shared_gmr');
		case 'sign_off':
			// Spec §5.2/§6.2: never in force with a high residual risk unless the consultation is logged.
			if (context.priorConsultationRequired && !context.priorConsultationLogged) return refuse('prior_consultation_required');
			return to('in_force');
		case 'new_version':
			return to('concept');
		case 'archive':
			return to('archived');
	}
}

/** The steps to offer a role in a state, allowed or not: the page explains the refused ones. */
export function availableActions(state: string, role: Role): Action[] {
	return ACTIONS.filter((action) => {
		const rule = ACTION_RULES[action];
		if (!can(role, rule.capability)) return false;
		return (rule.from as readonly string[]).includes(state) || decidesTooEarly(state, action);
	});
}

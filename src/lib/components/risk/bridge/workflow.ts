/**
 * BRIDGE to `$lib/domain/workflow/workflow` (domain engineer): the state machine of spec §6.1–6.2 until
 * the domain module exists. Pure; the server re-checks every step with the facts it reads itself.
 */
import type { Localized } from '$lib/domain/catalogue/i18n';
import { can, type Capability, type Role } from '$lib/domain/roles';

export const STATES = ['concept', 'fg_review', 'fg_advice', 'board_decision', 'ap_consultation', 'shared_gmr', 'in_force', 'review_due', 'rejected', 'archived'] as const;
export type State = (typeof STATES)[number];

export const STATE_LABELS: Record<State, Localized> = {
	concept: { nl: 'Concept', en: 'Draft' },
	fg_review: { nl: 'Ter beoordeling bij de FG', en: 'With the DPO for review' },
	fg_advice: { nl: 'Advies FG vastgelegd', en: 'DPO advice recorded' },
	board_decision: { nl: 'Besluit bestuur genomen', en: 'Board decision taken' },
	ap_consultation: { nl: 'Voorafgaande raadpleging AP', en: 'Prior consultation of the DPA' },
	shared_gmr: { nl: 'Gedeeld met de (G)MR', en: 'Shared with the council' },
	in_force: { nl: 'Vastgesteld (in werking)', en: 'Signed off (in force)' },
	review_due: { nl: 'Herbeoordeling nodig', en: 'Review due' },
	rejected: { nl: 'Afgewezen', en: 'Rejected' },
	archived: { nl: 'Gearchiveerd', en: 'Archived' }
};

export type Action = 'submit' | 'request_changes' | 'advise' | 'decide' | 'log_consultation' | 'share_gmr' | 'sign_off' | 'new_version' | 'archive';

export interface Facts {
	missingRequired: { sectionId: string; questionId: string; label: Localized }[];
	untreatedRisks: { id: string; title: string }[];
	fgAdvice: string | null;
	/** The decision being submitted (decide only). */
	decision: string | null;
	deviationMotivation: string;
	priorConsultationRequired: boolean;
	priorConsultationLogged: boolean;
}

export type RefusalCode = 'wrong_state' | 'role' | 'missing_required' | 'untreated_risks' | 'no_fg_advice' | 'deviation_motivation_required' | 'prior_consultation_required';

interface Rule {
	capability: Capability;
	from: readonly State[];
}

/** Who may take each step from where (capabilities: `$lib/domain/roles`). */
const RULES: Record<Action, Rule> = {
	submit: { capability: 'assessment.edit', from: ['concept'] },
	request_changes: { capability: 'assessment.advise', from: ['fg_review'] },
	advise: { capability: 'assessment.advise', from: ['fg_review'] },
	decide: { capability: 'assessment.decide', from: ['fg_advice'] },
	log_consultation: { capability: 'assessment.share', from: ['ap_consultation'] },
	share_gmr: { capability: 'assessment.share', from: ['board_decision'] },
	// Art. 35(9): the council's views are sought "where appropriate", so sign-off does not wait for a share.
	sign_off: { capability: 'assessment.decide', from: ['board_decision', 'shared_gmr'] },
	new_version: { capability: 'assessment.edit', from: ['in_force', 'review_due'] },
	archive: { capability: 'assessment.edit', from: ['concept', 'rejected', 'in_force', 'review_due'] }
};

const PROCEEDS = ['proceed', 'proceed_with_conditions'];

/** Departing from FG advice needs a written motivation (Art. 35(2) AVG; spec §6.2). */
function deviates(advice: string | null, decision: string | null): boolean {
	if (!decision || !PROCEEDS.includes(decision)) return false;
	return advice === 'negative' || (advice === 'positive_with_conditions' && decision === 'proceed');
}

export type TransitionResult = { ok: true; to: State } | { ok: false; reason: { code: RefusalCode } };

export function transition(state: string, action: Action, context: Facts & { role: Role }): TransitionResult {
	const rule = RULES[action];
	const refuse = (code: RefusalCode): TransitionResult => ({ ok: false, reason: { code } });
	if (!can(context.role, rule.capability)) return refuse('role');
	// The board asking to decide too early gets the reason that matters, not "wrong state".
	if (action === 'decide' && (state === 'concept' || state === 'fg_review')) return refuse('no_fg_advice');
	if (!(rule.from as readonly string[]).includes(state)) return refuse('wrong_state');
	switch (action) {
		case 'submit':
			if (context.missingRequired.length) return refuse('missing_required');
			if (context.untreatedRisks.length) return refuse('untreated_risks');
			return { ok: true, to: 'fg_review' };
		case 'request_changes':
			return { ok: true, to: 'concept' };
		case 'advise':
			return { ok: true, to: 'fg_advice' };
		case 'decide':
			if (!context.fgAdvice) return refuse('no_fg_advice');
			if (deviates(context.fgAdvice, context.decision) && !context.deviationMotivation.trim()) return refuse('deviation_motivation_required');
			if (context.decision === 'adjust') return { ok: true, to: 'concept' };
			if (context.decision === 'reject') return { ok: true, to: 'rejected' };
			return { ok: true, to: context.priorConsultationRequired && !context.priorConsultationLogged ? 'ap_consultation' : 'board_decision' };
		case 'log_consultation':
			return { ok: true, to: context.priorConsultationLogged ? 'board_decision' : 'ap_consultation' };
		case 'share_gmr':
			return { ok: true, to: 'shared_gmr' };
		case 'sign_off':
			if (context.priorConsultationRequired && !context.priorConsultationLogged) return refuse('prior_consultation_required');
			return { ok: true, to: 'in_force' };
		case 'new_version':
			return { ok: true, to: 'concept' };
		case 'archive':
			return { ok: true, to: 'archived' };
	}
}

/** The steps to offer a role in a state (allowed or not): the page explains the refused ones. */
export function availableActions(state: string, role: Role): Action[] {
	return (Object.keys(RULES) as Action[]).filter((action) => {
		const rule = RULES[action];
		if (!can(role, rule.capability)) return false;
		if ((rule.from as readonly string[]).includes(state)) return true;
		return action === 'decide' && (state === 'concept' || state === 'fg_review');
	});
}

import { describe, expect, it } from 'vitest';
import { availableActions, transition, type Facts } from '$lib/domain/workflow/transition';
import { type Action } from '$lib/domain/workflow/actions';
import { ROLES, type Role } from '$lib/domain/roles';

const ready: Facts = {
	missingRequired: [],
	untreatedRisks: [],
	fgAdvice: 'positive',
	decision: 'proceed',
	deviationMotivation: '',
	priorConsultationRequired: false,
	priorConsultationLogged: false
};

/** The one role (set) that may take each step from its starting state, per spec §6.2. */
const CASES: [Action, string, Role[], string][] = [
	['submit', 'concept', ['admin', 'editor'], 'fg_review'],
	['request_changes', 'fg_review', ['fg'], 'concept'],
	['advise', 'fg_review', ['fg'], 'fg_advice'],
	['decide', 'fg_advice', ['bestuur'], 'board_decision'],
	['share_gmr', 'board_decision', ['admin', 'editor', 'fg', 'bestuur'], 'shared_gmr'],
	['sign_off', 'shared_gmr', ['bestuur'], 'in_force'],
	['new_version', 'in_force', ['admin', 'editor'], 'concept'],
	['archive', 'rejected', ['admin', 'editor'], 'archived']
];

describe('workflow rules', () => {
	it.each(CASES)('%s from %s: only %j, leading to %s', (action, from, allowed, to) => {
		for (const role of ROLES) {
			const result = transition(from, action, { ...ready, role });
			if (allowed.includes(role)) expect(result).toEqual({ ok: true, to });
			else expect(result).toEqual({ ok: false, reason: { code: 'role' } });
		}
	});

	it('refuses steps from the wrong state', () => {
		expect(transition('in_force', 'submit', { ...ready, role: 'editor' })).toEqual({ ok: false, reason: { code: 'wrong_state' } });
		expect(transition('concept', 'sign_off', { ...ready, role: 'bestuur' })).toEqual({ ok: false, reason: { code: 'wrong_state' } });
	});

	it('routes the board decision: adjust back to concept, reject, or AP consultation for high residual risk', () => {
		const board = { ...ready, role: 'bestuur' as const };
		expect(transition('fg_advice', 'decide', { ...board, decision: 'adjust' })).toEqual({ ok: true, to: 'concept' });
		expect(transition('fg_advice', 'decide', { ...board, decision: 'reject' })).toEqual({ ok: true, to: 'rejected' });
		expect(transition('fg_advice', 'decide', { ...board, priorConsultationRequired: true })).toEqual({ ok: true, to: 'ap_consultation' });
		expect(transition('fg_advice', 'decide', { ...board, fgAdvice: null })).toEqual({ ok: false, reason: { code: 'no_fg_advice' } });
		expect(transition('fg_advice', 'decide', { ...board, fgAdvice: 'positive_with_conditions', decision: 'proceed_with_conditions' })).toMatchObject({ ok: true });
		expect(transition('fg_advice', 'decide', { ...board, fgAdvice: 'positive_with_conditions' })).toEqual({ ok: false, reason: { code: 'deviation_motivation_required' } });
	});

	it('keeps a high residual risk from entering into force without a logged consultation', () => {
		const high = { ...ready, role: 'bestuur' as const, priorConsultationRequired: true };
		expect(transition('shared_gmr', 'sign_off', high)).toEqual({ ok: false, reason: { code: 'prior_consultation_required' } });
		expect(transition('ap_consultation', 'log_consultation', high)).toEqual({ ok: true, to: 'ap_consultation' });
		expect(transition('ap_consultation', 'log_consultation', { ...high, priorConsultationLogged: true })).toEqual({ ok: true, to: 'board_decision' });
		expect(transition('shared_gmr', 'sign_off', { ...high, priorConsultationLogged: true })).toEqual({ ok: true, to: 'in_force' });
	});

	it('offers the (G)MR and viewers no workflow steps, and the board the decision early only to explain', () => {
		for (const state of ['concept', 'fg_review', 'fg_advice', 'board_decision', 'shared_gmr', 'in_force']) {
			expect(availableActions(state, 'gmr')).toEqual([]);
			expect(availableActions(state, 'viewer')).toEqual([]);
		}
		expect(availableActions('fg_review', 'bestuur')).toEqual(['decide']);
		expect(transition('fg_review', 'decide', { ...ready, role: 'bestuur' })).toEqual({ ok: false, reason: { code: 'no_fg_advice' } });
	});
});

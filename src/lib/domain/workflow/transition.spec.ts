import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles';
import { ACTIONS, type Action } from './actions';
import { deviatesFromAdvice } from './decisions';
import { STATE_LABELS, STATES } from './states';
import { availableActions, REFUSAL_CODES, transition, type Facts, type RefusalCode } from './transition';

const ready: Facts = {
	missingRequired: [],
	untreatedRisks: [],
	fgAdvice: 'positive',
	decision: 'proceed',
	deviationMotivation: '',
	priorConsultationRequired: false,
	priorConsultationLogged: false
};
const as = (role: Role, facts: Partial<Facts> = {}) => ({ ...ready, ...facts, role });
const refused = (code: RefusalCode) => ({ ok: false, reason: { code } });

/** Every allowed step of spec §6.1–6.2: from, action, actor, facts, to. */
const PATHS: [string, Action, Role, Partial<Facts>, string][] = [
	['concept', 'submit', 'editor', {}, 'fg_review'],
	['fg_review', 'request_changes', 'fg', {}, 'concept'],
	['fg_review', 'advise', 'fg', {}, 'fg_advice'],
	['fg_advice', 'decide', 'bestuur', {}, 'board_decision'],
	['fg_advice', 'decide', 'bestuur', { decision: 'proceed_with_conditions', fgAdvice: 'positive_with_conditions' }, 'board_decision'],
	['fg_advice', 'decide', 'bestuur', { decision: 'adjust' }, 'concept'],
	['fg_advice', 'decide', 'bestuur', { decision: 'reject', fgAdvice: 'negative' }, 'rejected'],
	['fg_advice', 'decide', 'bestuur', { priorConsultationRequired: true }, 'ap_consultation'],
	['fg_advice', 'decide', 'bestuur', { priorConsultationRequired: true, priorConsultationLogged: true }, 'board_decision'],
	['fg_advice', 'decide', 'bestuur', { fgAdvice: 'negative', deviationMotivation: 'Onderwijsbelang weegt zwaarder' }, 'board_decision'],
	['ap_consultation', 'log_consultation', 'editor', { priorConsultationRequired: true }, 'ap_consultation'],
	['ap_consultation', 'log_consultation', 'fg', { priorConsultationRequired: true, priorConsultationLogged: true }, 'board_decision'],
	['board_decision', 'share_gmr', 'bestuur', {}, 'shared_gmr'],
	['board_decision', 'sign_off', 'bestuur', {}, 'in_force'],
	['shared_gmr', 'sign_off', 'bestuur', { priorConsultationRequired: true, priorConsultationLogged: true }, 'in_force'],
	['in_force', 'new_version', 'editor', {}, 'concept'],
	['review_due', 'new_version', 'admin', {}, 'concept'],
	['concept', 'archive', 'editor', {}, 'archived'],
	['rejected', 'archive', 'admin', {}, 'archived'],
	['in_force', 'archive', 'editor', {}, 'archived'],
	['review_due', 'archive', 'editor', {}, 'archived']
];

/** Every refusal code with a step that earns it. */
const REFUSALS: [string, Action, Role, Partial<Facts>, RefusalCode][] = [
	['in_force', 'submit', 'editor', {}, 'wrong_state'],
	['concept', 'submit', 'fg', {}, 'role'],
	['concept', 'submit', 'editor', { missingRequired: [{ sectionId: '7', questionId: '7.4', label: { nl: 'x', en: 'x' } }] }, 'missing_required'],
	['concept', 'submit', 'editor', { untreatedRisks: [{ id: 'r1', title: 'Datalek' }] }, 'untreated_risks'],
	['concept', 'submit', 'editor', { modelInventoryOpen: 2 }, 'model_inventory_open'],
	['fg_advice', 'decide', 'bestuur', { fgAdvice: null }, 'no_fg_advice'],
	['fg_review', 'decide', 'bestuur', {}, 'no_fg_advice'],
	['fg_advice', 'decide', 'bestuur', { fgAdvice: 'negative', deviationMotivation: '  ' }, 'deviation_motivation_required'],
	['shared_gmr', 'sign_off', 'bestuur', { priorConsultationRequired: true }, 'prior_consultation_required']
];

describe('workflow transitions (spec §6)', () => {
	it.each(PATHS)('%s --%s by %s (%j) → %s', (from, action, role, facts, to) => {
		expect(transition(from, action, as(role, facts))).toEqual({ ok: true, to });
	});

	it.each(REFUSALS)('%s --%s by %s (%j) is refused: %s', (from, action, role, facts, code) => {
		expect(transition(from, action, as(role, facts))).toEqual(refused(code));
	});

	it('has a test case for every refusal code and every action', () => {
		expect(new Set(REFUSALS.map((r) => r.at(-1)))).toEqual(new Set(REFUSAL_CODES));
		expect(new Set(PATHS.map((p) => p[1]))).toEqual(new Set(ACTIONS));
	});

	it('lets only the roles with the capability take a step', () => {
		const allowed: Record<Action, Role[]> = {
			submit: ['admin', 'editor'],
			request_changes: ['fg'],
			advise: ['fg'],
			decide: ['bestuur'],
			log_consultation: ['admin', 'editor', 'fg', 'bestuur'],
			share_gmr: ['admin', 'editor', 'fg', 'bestuur'],
			sign_off: ['bestuur'],
			new_version: ['admin', 'editor'],
			archive: ['admin', 'editor']
		};
		for (const [from, action, , facts] of PATHS)
			for (const role of ROLES) expect(transition(from, action, as(role, facts)).ok, `${action} by ${role}`).toBe(allowed[action].includes(role));
	});

	it('checks role before state, and state before the action\u2019s own guards', () => {
		expect(transition('archived', 'submit', as('gmr', { missingRequired: [{ sectionId: '0', questionId: '0.1', label: { nl: '', en: '' } }] }))).toEqual(refused('role'));
		expect(transition('archived', 'submit', as('editor', { untreatedRisks: [{ id: 'r', title: 't' }] }))).toEqual(refused('wrong_state'));
		expect(transition('concept', 'submit', as('editor', { missingRequired: [{ sectionId: '0', questionId: '0.1', label: { nl: '', en: '' } }], untreatedRisks: [{ id: 'r', title: 't' }] }))).toEqual(refused('missing_required'));
	});

	it('treats departing from the FG advice as needing a motivation, and adjusting or rejecting never', () => {
		expect(deviatesFromAdvice('negative', 'proceed_with_conditions')).toBe(true);
		expect(deviatesFromAdvice('positive_with_conditions', 'proceed')).toBe(true);
		expect(deviatesFromAdvice('positive_with_conditions', 'proceed_with_conditions')).toBe(false);
		expect(deviatesFromAdvice('negative', 'reject')).toBe(false);
		expect(deviatesFromAdvice('negative', 'adjust')).toBe(false);
		expect(deviatesFromAdvice('positive', 'proceed')).toBe(false);
	});

	it('offers each role its steps, and the board the decision early only to explain why not yet', () => {
		expect(availableActions('concept', 'editor')).toEqual(['submit', 'archive']);
		expect(availableActions('fg_review', 'fg')).toEqual(['request_changes', 'advise']);
		expect(availableActions('fg_review', 'bestuur')).toEqual(['decide']);
		expect(availableActions('board_decision', 'bestuur')).toEqual(['share_gmr', 'sign_off']);
		for (const state of STATES) expect(availableActions(state, 'gmr')).toEqual([]);
		expect(availableActions('archived', 'admin')).toEqual([]);
	});

	it('labels every state in both languages', () => {
		for (const state of STATES) expect(STATE_LABELS[state].nl && STATE_LABELS[state].en, state).toBeTruthy();
	});
});

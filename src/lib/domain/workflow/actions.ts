import type { Capability } from '../roles';
import type { State } from './states';

export const ACTIONS = [
	'submit',
	'request_changes',
	'advise',
	'decide',
	'log_consultation',
	'share_gmr',
	'sign_off',
	'new_version',
	'archive'
] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: unknown): value is Action {
	return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}

interface Rule {
	/** What the actor must be allowed to do (capabilities: `$lib/domain/roles`). */
	readonly capability: Capability;
	readonly from: readonly State[];
}

/** Who may take each step, and from where (spec §6.2, "Who does what"). */
export const ACTION_RULES: Readonly<Record<Action, Rule>> = {
	submit: { capability: 'assessment.edit', from: ['concept'] },
	// Art. 35(2) and 39(1)(c): the FG advises and may send the DPIA back.
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

import { CAPABILITIES, type Capability, type Role } from '../roles';
import { ACTION_RULES, type Action } from './actions';
import type { State } from './states';

/** The steps that carry a version from draft to in force, in order (spec §6.1); the detours are not needed to get there. */
const ROAD_TO_FORCE: readonly Action[] = ['submit', 'advise', 'decide', 'log_consultation', 'sign_off'];

/** The capabilities the steps still ahead of a version in `state` call for; none once it is in force or closed. */
export function capabilitiesAhead(state: State): Capability[] {
	const next = ROAD_TO_FORCE.findIndex((action) => (ACTION_RULES[action].from as readonly State[]).includes(state));
	if (next === -1) return [];
	return [...new Set(ROAD_TO_FORCE.slice(next).map((action) => ACTION_RULES[action].capability))];
}

/**
 * The roles a version in `state` will wait for in vain: a step ahead needs a capability that none of
 * `held` (the board's members and open invitations) carries. Each such capability is named by the roles
 * that would carry it, so the page can say whom to invite.
 */
export function missingRoles(state: State, held: readonly Role[]): Role[] {
	const missing = capabilitiesAhead(state)
		.filter((capability) => !held.some((role) => (CAPABILITIES[capability] as readonly Role[]).includes(role)))
		.flatMap((capability) => CAPABILITIES[capability] as readonly Role[]);
	return [...new Set(missing)];
}

import { AP_LIST, type ApListId } from './ap-list';
import { CRITERIA, type CriterionId } from './criteria';
import { LEGAL_TRIGGERS, POLICY_TRIGGERS, type LegalTriggerId, type PolicyTriggerId } from './statutory';
import type { Trigger } from './types';

export * from './ap-list';
export * from './criteria';
export * from './statutory';
export * from './types';

export type TriggerId = LegalTriggerId | PolicyTriggerId | ApListId | CriterionId;

export const ALL_TRIGGERS: readonly Trigger<TriggerId>[] = [...LEGAL_TRIGGERS, ...POLICY_TRIGGERS, ...AP_LIST, ...CRITERIA];

const BY_ID = new Map<string, Trigger<TriggerId>>(ALL_TRIGGERS.map((t) => [t.id, t]));

/** Throws on an unknown id: a typo in our own data must not pass silently (style guide, "what not to copy"). */
export function triggerById(id: TriggerId): Trigger<TriggerId> {
	const trigger = BY_ID.get(id);
	if (!trigger) throw new Error(`unknown trigger id ${id}`);
	return trigger;
}

export function isTriggerId(id: string): id is TriggerId {
	return BY_ID.has(id);
}

export const LEGAL_IDS = LEGAL_TRIGGERS.map((t) => t.id);
export const POLICY_IDS = POLICY_TRIGGERS.map((t) => t.id);
export const AP_IDS = AP_LIST.map((t) => t.id);
export const CRITERION_IDS = CRITERIA.map((t) => t.id);

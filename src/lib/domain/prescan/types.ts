import type { SubjectId, TransferMechanismId } from '../catalogue/options';
import type { ApListId, CriterionId, LegalTriggerId, PolicyTriggerId, SwitchablePolicyId, TriggerSource } from '../triggers';

/** Pre-scan input, spec §10. Arrays may hold duplicates; the engine counts each id once. */
export interface PrescanInput {
	subjects: SubjectId[];
	legal: LegalTriggerId[];
	policy: PolicyTriggerId[];
	apList: ApListId[];
	criteria: CriterionId[];
	transfer?: { outsideEea: boolean; mechanism?: TransferMechanismId };
	serviceMainlyForMinors: boolean;
	highRiskAi: boolean;
	/** Board-policy rules the organisation switched on or off; absent = on (spec §9). */
	organisationPolicy?: Partial<Record<SwitchablePolicyId, boolean>>;
}

export const OUTCOMES = ['mandatory', 'recommended', 'not_required'] as const;
export type PrescanOutcome = (typeof OUTCOMES)[number];

export const FLAGS = ['DTIA_REQUIRED', 'KIA_RECOMMENDED', 'IAMA_RECOMMENDED'] as const;
export type PrescanFlag = (typeof FLAGS)[number];

export interface PrescanReason {
	id: LegalTriggerId | PolicyTriggerId | ApListId | CriterionId;
	source: TriggerSource;
	/** `mandatory`: this rule alone makes the DPIA mandatory; `criterion`: it counts towards the WP248 rule. */
	effect: 'mandatory' | 'criterion';
	/** Set on criteria the engine derived (C7 from the data subjects, C8 from high-risk AI) rather than read. */
	derived?: true;
}

export interface PrescanResult {
	outcome: PrescanOutcome;
	criteriaMet: CriterionId[];
	reasons: PrescanReason[];
	flags: PrescanFlag[];
}

export function isOutcome(value: unknown): value is PrescanOutcome {
	return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

import { VULNERABLE_SUBJECTS, type TransferMechanismId } from '../catalogue/options';
import { SWITCHABLE_POLICY, type CriterionId, type SwitchablePolicyId } from '../triggers';
import type { PrescanFlag, PrescanInput, PrescanOutcome, PrescanReason, PrescanResult } from './types';

/** Art. 46 transfer tools need a transfer impact assessment (EDPB Recommendations 01/2020); Art. 45 and 49 do not. */
const DTIA_FREE_MECHANISMS: readonly TransferMechanismId[] = ['adequacy', 'art49'];

const unique = <T extends string>(ids: readonly T[]): T[] => [...new Set(ids)].sort(byId);

/** C2 before C10, AP-02 before AP-10: ids compare by their number, not as text. */
function byId(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true });
}

function policyIsOn(input: PrescanInput, id: string): boolean {
	if (!(SWITCHABLE_POLICY as readonly string[]).includes(id)) return false;
	return input.organisationPolicy?.[id as SwitchablePolicyId] !== false;
}

/** C7 and C8 follow from facts the user already gave, so nobody has to know the WP248 list to get them right. */
function derivedCriteria(input: PrescanInput): CriterionId[] {
	const derived: CriterionId[] = [];
	if (input.subjects.some((s) => VULNERABLE_SUBJECTS.includes(s))) derived.push('C7');
	if (input.highRiskAi) derived.push('C8');
	return derived;
}

function flagsOf(input: PrescanInput, firedPolicy: string[], criteriaMet: CriterionId[]): PrescanFlag[] {
	const flags: PrescanFlag[] = [];
	const transfer = input.transfer;
	if (transfer?.outsideEea && !(transfer.mechanism && DTIA_FREE_MECHANISMS.includes(transfer.mechanism))) flags.push('DTIA_REQUIRED');
	if (input.serviceMainlyForMinors) flags.push('KIA_RECOMMENDED');
	const aiWithEvaluation = firedPolicy.includes('S-4') && (criteriaMet.includes('C1') || criteriaMet.includes('C2'));
	if (input.highRiskAi || aiWithEvaluation) flags.push('IAMA_RECOMMENDED');
	return flags;
}

/**
 * Is a DPIA mandatory? Spec §3.4 and §10: any legal trigger, AP-list item or switched-on board rule
 * S-1..S-4 makes it mandatory; so do two WP248 criteria (one is usually enough for a pupil tool, since
 * pupils always bring C7); exactly one criterion makes it recommended.
 */
export function prescan(input: PrescanInput): PrescanResult {
	const legal = unique(input.legal);
	const apList = unique(input.apList);
	const policy = unique(input.policy).filter((id) => policyIsOn(input, id));
	const given = unique(input.criteria);
	const derived = derivedCriteria(input).filter((id) => !given.includes(id));
	const criteriaMet = unique([...given, ...derived]);

	const reasons: PrescanReason[] = [
		...legal.map((id): PrescanReason => ({ id, source: 'law', effect: 'mandatory' })),
		...apList.map((id): PrescanReason => ({ id, source: 'ap-list', effect: 'mandatory' })),
		...policy.map((id): PrescanReason => ({ id, source: 'policy', effect: 'mandatory' })),
		...criteriaMet.map((id): PrescanReason =>
			derived.includes(id) ? { id, source: 'wp248', effect: 'criterion', derived: true } : { id, source: 'wp248', effect: 'criterion' }
		)
	];

	let outcome: PrescanOutcome = 'not_required';
	if (legal.length || apList.length || policy.length || criteriaMet.length >= 2) outcome = 'mandatory';
	else if (criteriaMet.length === 1) outcome = 'recommended';

	return { outcome, criteriaMet, reasons, flags: flagsOf(input, policy, criteriaMet) };
}

/** Order of outcomes, for comparing two results ("adding a rule never lowers the outcome"). */
export const OUTCOME_RANK: Record<PrescanOutcome, number> = { not_required: 0, recommended: 1, mandatory: 2 };

import type { Localized } from '../catalogue/i18n';

/** The FG's written advice (Art. 35(2) AVG); ids are stored with the advice. */
export const FG_VERDICTS = ['positive', 'positive_with_conditions', 'negative'] as const;
export type FgVerdict = (typeof FG_VERDICTS)[number];

export const FG_VERDICT_LABELS: Record<FgVerdict, Localized> = {
	positive: { nl: 'Positief', en: 'Positive' },
	positive_with_conditions: { nl: 'Positief onder voorwaarden', en: 'Positive with conditions' },
	negative: { nl: 'Negatief', en: 'Negative' }
};

/** The board's decision (spec §6.1); ids are stored with the decision. */
export const BOARD_DECISIONS = ['proceed', 'proceed_with_conditions', 'adjust', 'reject'] as const;
export type BoardDecision = (typeof BOARD_DECISIONS)[number];

export const BOARD_DECISION_LABELS: Record<BoardDecision, Localized> = {
	proceed: { nl: 'Doorgaan', en: 'Proceed' },
	proceed_with_conditions: { nl: 'Doorgaan onder voorwaarden', en: 'Proceed with conditions' },
	adjust: { nl: 'Aanpassen (terug naar concept)', en: 'Adjust (back to draft)' },
	reject: { nl: 'Afwijzen', en: 'Reject' }
};

/** How the parents' and staff council (GMR) answered a shared DPIA; ids are stored with the share. */
export const GMR_RESPONSES = ['views', 'consent', 'consent_refused', 'no_response'] as const;
export type GmrResponse = (typeof GMR_RESPONSES)[number];

const PROCEEDS: readonly string[] = ['proceed', 'proceed_with_conditions'];

export function proceeds(decision: string | null): boolean {
	return decision !== null && PROCEEDS.includes(decision);
}

/**
 * Whether the board departs from the FG's advice, which the board must motivate in writing (Art. 35(2)
 * AVG: the advice and the decisions taken are recorded; spec §6.2). Adjusting or rejecting never departs:
 * it is at least as careful as any advice.
 */
export function deviatesFromAdvice(advice: string | null, decision: string | null): boolean {
	if (!proceeds(decision)) return false;
	return advice === 'negative' || (advice === 'positive_with_conditions' && decision === 'proceed');
}

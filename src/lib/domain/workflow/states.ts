import type { Localized } from '../catalogue/i18n';

/**
 * Workflow states of one DPIA version (spec §6.1). Ids are stored on versions and assessments. The
 * pre-scan comes before `concept` and lives in its own module; a negative pre-scan is archived there.
 */
export const STATES = [
	'concept',
	'fg_review',
	'fg_advice',
	'board_decision',
	'ap_consultation',
	'shared_gmr',
	'in_force',
	'review_due',
	'rejected',
	'archived'
] as const;
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

export function isState(value: unknown): value is State {
	return typeof value === 'string' && (STATES as readonly string[]).includes(value);
}

/** States in which the content can still be edited; later states are frozen or on their way to it. */
export const EDITABLE_STATES: readonly State[] = ['concept'];

import { getLocale } from '$lib/paraglide/runtime';
import { FEARED_EVENT_LABELS, type FearedEvent } from '$lib/domain/risk/feared-events';
import { isLevel, LEVEL_IDS, LEVEL_LABELS, riskLevel } from '$lib/domain/risk/matrix';
import { LIKELIHOOD_LABELS, SEVERITY_LABELS } from '$lib/domain/risk/scales';
import { STATE_LABELS, type State } from '$lib/domain/workflow/states';

/** Domain labels in the current UI language. */
export { LEVEL_IDS };

export const computeLevel = riskLevel;

export function levelLabel(level: string | null | undefined): string {
	return isLevel(level) ? LEVEL_LABELS[level][getLocale()] : '';
}

export function scaleLabel(kind: 'severity' | 'likelihood', n: number): string {
	return (kind === 'severity' ? SEVERITY_LABELS : LIKELIHOOD_LABELS)[n - 1]?.[getLocale()] ?? String(n);
}

export function fearedEventLabel(event: string): string {
	return FEARED_EVENT_LABELS[event as FearedEvent]?.[getLocale()] ?? event;
}

export function stateLabel(state: string): string {
	return STATE_LABELS[state as State]?.[getLocale()] ?? state;
}

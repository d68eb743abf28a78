/**
 * Former interim copy of the workflow state machine (spec §6); it now lives in `$lib/domain/workflow`.
 * Kept as a re-export for existing importers; new code imports the domain module directly.
 */
export { type Action } from '$lib/domain/workflow/actions';
export { STATE_LABELS, STATES, type State } from '$lib/domain/workflow/states';
export { availableActions, transition, type Facts, type RefusalCode, type TransitionResult } from '$lib/domain/workflow/transition';

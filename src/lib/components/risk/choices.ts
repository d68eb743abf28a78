/**
 * The fixed choices of the risk and measure forms, apart from their zod schemas (`forms.ts`) so that the
 * form components can list them without shipping zod to the browser.
 */
export const MEASURE_TYPES = ['technical', 'organisational', 'contractual'] as const;
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const FEARED_EVENTS = ['unauthorised_access', 'unwanted_change', 'disappearance', 'other_harm'] as const;

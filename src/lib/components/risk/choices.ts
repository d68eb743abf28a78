/**
 * The fixed choices of the risk and measure forms, apart from their zod schemas (`forms.ts`) so that the
 * form components can list them without shipping zod to the browser. Feared events, measure types and
 * statuses are the domain's own lists.
 */
export { FEARED_EVENTS, MITIGATION_TYPES as MEASURE_TYPES } from '$lib/domain/risk/feared-events';
export { MEASURE_STATUSES } from '$lib/domain/risk/measure-status';

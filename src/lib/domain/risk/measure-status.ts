/** Where a measure stands; ids are stored with the measure. */
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

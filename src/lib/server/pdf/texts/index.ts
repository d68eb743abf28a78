import type { GmrTexts } from './gmr-types';
import type { ReportTexts } from './types';

export { gmrTexts } from './gmr';
export { reportTexts, type ReportLanguage } from './report';
export const REPORT_LANGUAGES: readonly ('nl' | 'en')[] = ['nl', 'en'];

export type { GmrTexts, ReportTexts };

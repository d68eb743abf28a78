import { EN } from './en';
import { GMR_EN } from './gmr-en';
import { GMR_NL } from './gmr-nl';
import { NL } from './nl';
import type { GmrTexts } from './gmr-types';
import type { ReportTexts } from './types';

export type ReportLanguage = 'nl' | 'en';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['nl', 'en'];

export function reportTexts(lang: ReportLanguage): ReportTexts {
	return lang === 'en' ? EN : NL;
}

export function gmrTexts(lang: ReportLanguage): GmrTexts {
	return lang === 'en' ? GMR_EN : GMR_NL;
}

export type { GmrTexts, ReportTexts };

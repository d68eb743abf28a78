import type { Option } from './options';
import type { Localized } from './i18n';

export interface RetentionPreset extends Option {
	readonly amount: number;
	readonly unit: 'day' | 'week' | 'month' | 'year';
	readonly start: Localized;
}

const preset = (id: string, nl: string, en: string): Option => ({ id, label: { nl, en } });

/** Seed-declared defaults (seeds 001, 002, 003 §7.2, 004 art. 8): the FG confirms them per DPIA. */
export const RETENTION_PRESETS: readonly RetentionPreset[] = [
	{ ...preset('pupil_after_leaving', 'Leerlinggegevens: 2 jaar na vertrek', 'Pupil data: 2 years after leaving'), amount: 2, unit: 'year', start: { nl: 'na vertrek van de leerling', en: 'after the pupil leaves' } },
	{ ...preset('administration', 'Leerlingadministratie en onderwijskundig rapport: 5 jaar', 'Pupil administration and transfer report: 5 years'), amount: 5, unit: 'year', start: { nl: 'na vertrek van de leerling', en: 'after the pupil leaves' } },
	{ ...preset('so_referral', 'Verwijzing speciaal onderwijs: 3 jaar', 'Special-education referral: 3 years'), amount: 3, unit: 'year', start: { nl: 'na de verwijzing', en: 'after the referral' } },
	{ ...preset('exams', 'Examengegevens: 2 jaar', 'Exam data: 2 years'), amount: 2, unit: 'year', start: { nl: 'na het examen', en: 'after the exam' } },
	{ ...preset('not_admitted', 'Niet-toegelaten leerlingen: 2 jaar', 'Pupils not admitted: 2 years'), amount: 2, unit: 'year', start: { nl: 'na de beslissing', en: 'after the decision' } },
	{ ...preset('staff', 'Personeelsgegevens: 2 jaar na uitdiensttreding', 'Staff data: 2 years after leaving'), amount: 2, unit: 'year', start: { nl: 'na uitdiensttreding', en: 'after employment ends' } },
	{ ...preset('salary_tax', 'Salaris- en belastinggegevens: 7 jaar', 'Salary and tax data: 7 years'), amount: 7, unit: 'year', start: { nl: 'na het boekjaar', en: 'after the financial year' } },
	{ ...preset('camera', 'Camerabeelden: maximaal 4 weken, tenzij incident', 'Camera footage: at most 4 weeks unless incident'), amount: 4, unit: 'week', start: { nl: 'na opname', en: 'after recording' } }
];

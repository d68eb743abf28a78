import type { SectionHeading } from '$lib/domain/questionnaire/view';
import { m } from '$lib/paraglide/messages';
import { KEPT_ELSEWHERE } from './labels';

export interface SectionProgress {
	sectionId: string;
	answered: number;
	required: number;
}

/** The navigator's words for a section's state; counts only for sections answered in the questionnaire. */
export function progressText(section: SectionHeading, progress: SectionProgress | undefined): string {
	if (section.recordedIn !== 'answers') return KEPT_ELSEWHERE[section.recordedIn].where();
	if (!progress || progress.required === 0) return m.qn_progress_none();
	const open = progress.required - progress.answered;
	const counted = m.qn_progress_section({ answered: progress.answered, required: progress.required });
	return open === 0 ? `${counted} · ${m.qn_progress_complete()}` : `${counted} · ${m.qn_progress_missing({ count: open })}`;
}

export function isComplete(section: SectionHeading, progress: SectionProgress | undefined): boolean {
	return section.recordedIn === 'answers' && !!progress && progress.answered === progress.required;
}

/** The sections before and after, for the links under a section's form. */
export function neighbours(sectionId: string, all: readonly SectionHeading[]): { previous?: SectionHeading; next?: SectionHeading } {
	const index = all.findIndex((s) => s.id === sectionId);
	return { previous: index > 0 ? all[index - 1] : undefined, next: index >= 0 ? all[index + 1] : undefined };
}

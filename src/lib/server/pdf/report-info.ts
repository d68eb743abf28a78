import { isDraft, statusLabel } from './data/derive';
import type { ReportSnapshot } from './data/types';
import { formatMoment } from './layout/format';
import type { FrameInfo } from './layout/page';
import type { ReportTexts } from './texts/types';

/** When the report counts as made: the sign-off moment for a frozen version, otherwise now. */
export function reportMoment(s: ReportSnapshot, now: Date): Date {
	return s.signedOff ? new Date(s.signedOff.at) : now;
}

/**
 * The page frame's facts, the same for every report of a version: a signed-off version names its sign-off day
 * in the footer, a draft says when it was made and carries the watermark.
 */
export function reportInfo(s: ReportSnapshot, texts: ReportTexts, report: { title: string; createdAt: Date; coverPage: boolean }): FrameInfo {
	const day = formatMoment(report.createdAt.toISOString(), texts);
	return {
		title: report.title,
		organisation: s.organisation.name,
		processing: s.processing.name,
		versionLabel: texts.version(s.version.number),
		statusLabel: statusLabel(s, texts.locale),
		footerNote: s.signedOff ? texts.signedOffOn(day) : texts.generatedOn(day),
		pageLabel: texts.page,
		watermark: isDraft(s) ? texts.watermark : null,
		createdAt: report.createdAt,
		language: texts.locale === 'en' ? 'en-GB' : 'nl-NL',
		coverPage: report.coverPage
	};
}

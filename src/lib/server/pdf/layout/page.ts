import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_STYLE, MUTED, PAGE_MARGINS, RULE, STYLES } from './styles';

export interface FrameInfo {
	/** Report title, e.g. "DPIA-rapport". */
	title: string;
	organisation: string;
	processing: string;
	versionLabel: string;
	statusLabel: string;
	/** Left of the footer: when the report was made or signed off. */
	footerNote: string;
	pageLabel: (current: number, total: number) => string;
	/** Drafts carry a watermark with this text. */
	watermark: string | null;
	/** Fixed creation date: the sign-off moment for a frozen version, so its bytes never change. */
	createdAt: Date;
	language: 'nl-NL' | 'en-GB';
	/** The cover page of the full report has no running header. */
	coverPage: boolean;
}

/** Page set-up shared by both reports: A4, running header and footer, metadata, draft watermark. */
export function frame(info: FrameInfo): Omit<TDocumentDefinitions, 'content'> {
	const header = (current: number): Content =>
		info.coverPage && current === 1
			? { text: '' }
			: {
					margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
					stack: [
						{
							columns: [
								{ text: `${info.organisation} · ${info.processing}`, style: 'frame', width: '*' },
								{ text: `${info.versionLabel} · ${info.statusLabel}`, style: 'frame', width: 'auto', alignment: 'right' }
							]
						},
						{ canvas: [{ type: 'line', x1: 0, y1: 4, x2: 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2], y2: 4, lineWidth: 0.5, lineColor: RULE }] }
					]
				};
	const footer = (current: number, total: number): Content => ({
		margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
		columns: [
			{ text: `${info.title} · ${info.footerNote}`, style: 'frame', width: '*' },
			{ text: info.pageLabel(current, total), style: 'frame', width: 'auto', alignment: 'right' }
		]
	});
	return {
		pageSize: 'A4',
		pageMargins: PAGE_MARGINS,
		language: info.language,
		info: {
			title: `${info.title} – ${info.processing} – ${info.versionLabel}`,
			author: info.organisation,
			subject: info.title,
			creator: 'DPIA Wijzer',
			producer: 'DPIA Wijzer (pdfmake)',
			creationDate: info.createdAt
		},
		header,
		footer,
		watermark: info.watermark ? { text: info.watermark, color: MUTED, opacity: 0.12, bold: true, fontSize: 96 } : undefined,
		styles: STYLES,
		defaultStyle: DEFAULT_STYLE
	};
}

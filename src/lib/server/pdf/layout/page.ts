import type { Content, ContentColumns, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { preBroken } from '../engine/measure-text';
import { emWidth, lineBreaks } from './flow';
import { CONTENT_WIDTH, DEFAULT_STYLE, MUTED, PAGE_MARGINS, RULE, STYLES } from './styles';

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

/** The running header's and footer's type size: the 'frame' style's. */
const FRAME_SIZE = 7.5;

/**
 * A header or footer row: `left` in the width `right` leaves it, `right` on one line at the right. It is
 * one pre-broken text node (engine/measure-text.ts): pdfmake makes the header and footer again for each
 * of a report's pages, and as two columns of ordinary text they took a tenth of a large report's render.
 */
function frameRow(left: FrameText, right: string): ContentText | ContentColumns {
	const rightWidth = emWidth(right) * FRAME_SIZE;
	// a right-hand text too long for one line (no text of ours is) is left to pdfmake to wrap
	if (rightWidth > CONTENT_WIDTH / 2 || /[\r\n]/.test(right)) {
		return { columns: [{ text: left.text, width: '*' }, { text: right, width: 'auto', alignment: 'right' }], style: 'frame' };
	}
	return { ...preBroken(left.linesIn(CONTENT_WIDTH - rightWidth), { text: right, width: CONTENT_WIDTH }), style: 'frame' };
}

interface FrameText {
	text: string;
	linesIn(width: number): string[];
}

/** A frame text whose lines are broken once per width it is given, not once per page. */
function frameText(text: string): FrameText {
	const byWidth = new Map<number, string[]>();
	return {
		text,
		linesIn(width) {
			let lines = byWidth.get(width);
			if (!lines) byWidth.set(width, (lines = lineBreaks(text, width, FRAME_SIZE)));
			return lines;
		}
	};
}

/** Page set-up shared by both reports: A4, running header and footer, metadata, draft watermark. */
export function frame(info: FrameInfo): Omit<TDocumentDefinitions, 'content'> {
	const headerLeft = frameText(`${info.organisation} · ${info.processing}`);
	const footerLeft = frameText(`${info.title} · ${info.footerNote}`);
	const header = (current: number): Content =>
		info.coverPage && current === 1
			? { text: '' }
			: {
					margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
					stack: [
						frameRow(headerLeft, `${info.versionLabel} · ${info.statusLabel}`),
						{ canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: RULE }] }
					]
				};
	const footer = (current: number, total: number): Content => ({
		margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
		...frameRow(footerLeft, info.pageLabel(current, total))
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

import type { StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RiskLevel } from '$lib/domain/risk';
import { FONT_FAMILY } from '../fonts';

export const INK = '#1e293b';
export const MUTED = '#475569';
export const ACCENT = '#0f3d5e';
export const RULE = '#cbd5e1';
export const HEADER_FILL = '#e2e8f0';

/**
 * Fill and text colour per level. The fills darken with the level, so a greyscale print keeps the order;
 * the level is always written out as well (the colour never carries meaning on its own).
 */
export const LEVEL_COLOURS: Record<RiskLevel, { fill: string; text: string }> = {
	low: { fill: '#dcfce7', text: INK },
	medium: { fill: '#fde047', text: INK },
	high: { fill: '#fb923c', text: INK },
	very_high: { fill: '#b91c1c', text: '#ffffff' }
};

export const STYLES: StyleDictionary = {
	title: { fontSize: 26, bold: true, color: ACCENT },
	subtitle: { fontSize: 13, color: MUTED },
	h1: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 0, 0, 10] },
	h2: { fontSize: 12.5, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
	h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
	question: { bold: true, margin: [0, 6, 0, 1] },
	answer: { margin: [0, 0, 0, 2] },
	label: { fontSize: 8.5, color: MUTED },
	note: { fontSize: 8.5, color: MUTED },
	th: { bold: true, fontSize: 8.5 },
	td: { fontSize: 8.5 },
	frame: { fontSize: 7.5, color: MUTED }
};

export const PAGE_MARGINS: [number, number, number, number] = [50, 62, 50, 56];

/** A4's width less the side margins: what a block at the top level of a page has. */
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const BODY_FONT_SIZE = 9.5;

export const DEFAULT_STYLE: TDocumentDefinitions['defaultStyle'] = { font: FONT_FAMILY, fontSize: BODY_FONT_SIZE, lineHeight: 1.2, color: INK };

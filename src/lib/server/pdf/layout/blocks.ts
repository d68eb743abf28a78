import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { LEVEL_LABELS, type RiskLevel } from '$lib/domain/risk';
import type { ReportTexts } from '../texts/types';
import { HEADER_FILL, LEVEL_COLOURS, RULE } from './styles';

/** Thin horizontal rules only: quiet on screen, clear on paper. */
export const TABLE_LAYOUT: CustomTableLayout = {
	hLineWidth: (i) => (i === 0 ? 0 : 0.5),
	vLineWidth: () => 0,
	hLineColor: () => RULE,
	paddingLeft: (i) => (i === 0 ? 0 : 5),
	paddingRight: () => 5,
	paddingTop: () => 3,
	paddingBottom: () => 3
};

const PLAIN_LAYOUT: CustomTableLayout = { ...TABLE_LAYOUT, hLineWidth: () => 0 };

export const h1 = (text: string, pageBreak = true): Content => ({ text, style: 'h1', pageBreak: pageBreak ? 'before' : undefined, tocItem: true, headlineLevel: 1 });
export const h2 = (text: string): Content => ({ text, style: 'h2', headlineLevel: 2 });
export const h3 = (text: string): Content => ({ text, style: 'h3', headlineLevel: 3 });

/** User text keeps its own line breaks. */
export const para = (text: string, style?: string): Content => ({ text, style, margin: [0, 0, 0, 6] });

export const note = (text: string): Content => ({ text, style: 'note', margin: [0, 2, 0, 6] });

/** A two-column list of labels and values; rows with an empty value are left out. */
export function keyValues(rows: [string, Content | string | null | undefined][], labelWidth = 150): Content {
	const body: TableCell[][] = rows
		.filter((row): row is [string, Content | string] => row[1] !== null && row[1] !== undefined && row[1] !== '')
		.map(([k, v]) => [{ text: k, style: 'label' }, typeof v === 'string' ? { text: v } : v]);
	if (body.length === 0) return { text: '' };
	return { table: { widths: [labelWidth, '*'], body, dontBreakRows: true }, layout: PLAIN_LAYOUT, margin: [0, 0, 0, 6] };
}

/** A table with a repeated header row; rows never split over two pages. */
export function dataTable(headers: string[], rows: TableCell[][], widths: (number | '*' | 'auto')[]): Content {
	const head: TableCell[] = headers.map((h) => ({ text: h, style: 'th', fillColor: HEADER_FILL }));
	const body = rows.map((row) => row.map((cell): TableCell => (typeof cell === 'string' ? { text: cell, style: 'td' } : ({ style: 'td', ...(cell as object) } as TableCell))));
	return { table: { headerRows: 1, widths, body: [head, ...body], dontBreakRows: true }, layout: TABLE_LAYOUT, margin: [0, 2, 0, 8] };
}

/** A level as a filled cell with its name written out. */
export function levelCell(level: RiskLevel, texts: Pick<ReportTexts, 'locale'>, extra = ''): TableCell {
	const colours = LEVEL_COLOURS[level];
	return { text: `${LEVEL_LABELS[level][texts.locale]}${extra}`, fillColor: colours.fill, color: colours.text, bold: level === 'very_high' };
}

export function bullets(items: string[]): Content {
	return { ul: items, margin: [0, 0, 0, 4] };
}

/** A traffic-light dot with the level written beside it; the outline keeps the lightest dot visible on paper. */
export function levelBadge(level: RiskLevel, texts: Pick<ReportTexts, 'locale'>): Content {
	return {
		columns: [
			{ width: 12, canvas: [{ type: 'ellipse', x: 5, y: 6, r1: 4.5, r2: 4.5, color: LEVEL_COLOURS[level].fill, lineColor: '#334155', lineWidth: 0.6 }] },
			{ width: '*', text: LEVEL_LABELS[level][texts.locale], bold: level === 'high' || level === 'very_high' }
		]
	};
}

import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { LEVEL_LABELS, type RiskLevel } from '$lib/domain/risk';
import type { ReportTexts } from '../texts/types';
import { flowing } from './flow';
import { BODY_FONT_SIZE, CONTENT_WIDTH, HEADER_FILL, LEVEL_COLOURS, RULE } from './styles';

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
/** What PLAIN_LAYOUT's padding takes from a two-column table's width: 0 + 5 around the first cell, 5 + 5 around the second. */
const PLAIN_PADDING = 15;

export const h1 = (text: string, pageBreak = true): Content => ({ text, style: 'h1', pageBreak: pageBreak ? 'before' : undefined, tocItem: true, headlineLevel: 1 });
export const h2 = (text: string): Content => ({ text, style: 'h2', headlineLevel: 2 });
export const h3 = (text: string): Content => ({ text, style: 'h3', headlineLevel: 3 });

/** User text keeps its own line breaks. A paragraph in the body style takes the page's full width. */
export const para = (text: string, style?: string): Content =>
	style ? { text, style, margin: [0, 0, 0, 6] } : flowing(text, CONTENT_WIDTH, BODY_FONT_SIZE, [0, 0, 0, 6]);

export const note = (text: string): Content => ({ text, style: 'note', margin: [0, 2, 0, 6] });

/**
 * Text up to this length surely fits on one page, in a table cell or a kept-together block. Longer text
 * must be free to run on over pages: pdfmake leaves out an unbreakable block or row taller than a page.
 */
const FITS_ON_A_PAGE = 3000;

/** The characters of text in a block and everything inside it. */
export function textLength(node: unknown): number {
	if (typeof node === 'string') return node.length;
	if (Array.isArray(node)) return node.reduce((sum: number, n) => sum + textLength(n), 0);
	if (typeof node !== 'object' || node === null) return 0;
	const n = node as Record<string, unknown>;
	return textLength(n.text) + textLength(n.stack) + textLength(n.columns) + textLength(n.ul) + textLength((n.table as { body?: unknown } | undefined)?.body);
}

const fits = (blocks: unknown, limit = FITS_ON_A_PAGE) => textLength(blocks) <= limit;
/** A table row shares the width with its neighbours, so less of its text fits on a page. */
const rowFits = (row: unknown) => fits(row, FITS_ON_A_PAGE / 3);

/** A two-column list of labels and values across the page; rows with an empty value are left out. */
export function keyValues(rows: [string, Content | string | null | undefined][], labelWidth = 150): Content {
	const kept = rows.filter((row): row is [string, Content | string] => row[1] !== null && row[1] !== undefined && row[1] !== '');
	const body: TableCell[][] = kept.map(([k, v]) => [{ text: k, style: 'label' }, typeof v === 'string' ? flowing(v, CONTENT_WIDTH - labelWidth - PLAIN_PADDING, BODY_FONT_SIZE) : v]);
	if (body.length === 0) return { text: '' };
	return { table: { widths: [labelWidth, '*'], body, dontBreakRows: body.every(rowFits) }, layout: PLAIN_LAYOUT, margin: [0, 0, 0, 6] };
}

/**
 * A table with a repeated header row; rows never split over two pages, and the header never stays
 * behind alone at the foot of a page. A caption becomes the first header row, so it moves with the table.
 */
export function dataTable(headers: string[], rows: TableCell[][], widths: (number | '*' | 'auto')[], caption?: string): Content {
	// no header texts: a plain list in table form, without an empty grey bar
	const head: TableCell[][] = headers.some((h) => h) ? [headers.map((h) => ({ text: h, style: 'th', fillColor: HEADER_FILL }))] : [];
	const body = rows.map((row) => row.map((cell): TableCell => (typeof cell === 'string' ? { text: cell, style: 'td' } : ({ style: 'td', ...(cell as object) } as TableCell))));
	const top: TableCell[][] = caption ? [[{ text: caption, style: 'h3', colSpan: headers.length, margin: [0, 0, 0, 0] }, ...headers.slice(1).map(() => ({}))]] : [];
	return {
		table: { headerRows: top.length + head.length, keepWithHeaderRows: head.length, widths, body: [...top, ...head, ...body], dontBreakRows: body.every(rowFits) },
		layout: caption ? { ...TABLE_LAYOUT, hLineWidth: (i) => (i <= 1 ? 0 : 0.5) } : TABLE_LAYOUT,
		margin: [0, 2, 0, 8]
	};
}

/**
 * Keeps blocks on one page (a heading with what follows it, a question with its answer). A page break
 * asked for by the first block moves to the group: inside an unbreakable group it would leave a blank page.
 */
export function keep(...blocks: Content[]): Content {
	// what cannot fit on one page may not be unbreakable: it would be left out
	if (!fits(blocks)) return { stack: blocks };
	const [first, ...rest] = blocks;
	if (typeof first === 'object' && first !== null && 'pageBreak' in first && first.pageBreak) {
		const { pageBreak, ...head } = first as unknown as Record<string, unknown> & { pageBreak: 'before' };
		return { stack: [head as unknown as Content, ...rest], unbreakable: true, pageBreak };
	}
	return { stack: blocks, unbreakable: true };
}

/** A heading kept together with the first block under it, so it never ends a page on its own. */
export function headed(heading: Content, blocks: Content[]): Content[] {
	if (blocks.length === 0) return [heading];
	return [keep(heading, blocks[0]!), ...blocks.slice(1)];
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
	return badge(level, LEVEL_LABELS[level][texts.locale]);
}

/** A level as a coloured dot with its name beside it, so the level reads in black and white too. */
export function badge(level: RiskLevel, label: string): Content {
	return {
		columns: [
			{ width: 12, canvas: [{ type: 'ellipse', x: 5, y: 6, r1: 4.5, r2: 4.5, color: LEVEL_COLOURS[level].fill, lineColor: '#334155', lineWidth: 0.6 }] },
			{ width: '*', text: label, bold: level === 'high' || level === 'very_high' }
		]
	};
}

const isHeading = (block: Content | undefined) => typeof block === 'object' && block !== null && 'headlineLevel' in block;
const isTable = (block: Content | undefined) => typeof block === 'object' && block !== null && 'table' in block;

/**
 * Every heading (a block with a headline level) glued to the block after it. Not to a table: that would
 * make the whole table unbreakable; tables keep their header with their first row themselves.
 */
export function keepHeadingsWithNext(blocks: Content[]): Content[] {
	const out: Content[] = [];
	for (let i = 0; i < blocks.length; i++) {
		let j = i;
		// a run of headings travels together with the first block that is not one
		while (isHeading(blocks[j]) && j + 1 < blocks.length && !isTable(blocks[j + 1])) j++;
		out.push(j > i ? keep(...blocks.slice(i, j + 1)) : blocks[i]!);
		i = j;
	}
	return out;
}

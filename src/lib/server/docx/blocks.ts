import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type IBorderOptions } from 'docx';
import { isFlowed } from '../pdf/layout/flow';
import { heatMapData, type HeatMapData } from '../pdf/layout/heatmap';
import { LEVEL_COLOURS, MUTED, PAGE_MARGINS, RULE, STYLES } from '../pdf/layout/styles';

/**
 * The PDF's content blocks (pdfmake's vocabulary) written as Word paragraphs and tables. Both formats thus
 * carry the same content in the same order from one set of builders; only what cannot exist in a flowing
 * text document changes form: a drawn heat map becomes a table, columns follow each other, and the page
 * layout hints (keep together, margins) are left to Word.
 */
export type Block = Paragraph | Table;
type Node = Record<string, unknown>;
type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

interface RunStyle {
	bold?: boolean;
	italics?: boolean;
	color?: string;
	/** Points, as in the PDF styles. */
	fontSize?: number;
}

export interface ConvertContext {
	/** The headings marked for the table of contents, in order. */
	toc: string[];
	/** A page break asked for by a group, taken by the next paragraph made. */
	breakNext: boolean;
	/** Separate numbered lists count from 1 each. */
	lists: number;
}

/** Usable width of an A4 page between the PDF's margins, in twentieths of a point (Word's unit). */
export const CONTENT_TWIPS = Math.round((595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2]) * 20);

const HEADINGS: Record<string, Heading> = { title: HeadingLevel.TITLE, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 };
const LEVELS: Record<number, Heading> = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const hex = (colour: unknown) => (typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : undefined);
const styleNames = (node: Node): string[] => (typeof node.style === 'string' ? [node.style] : Array.isArray(node.style) ? node.style.filter((s) => typeof s === 'string') : []);

function styleOf(node: Node, inherited: RunStyle): RunStyle {
	const out: RunStyle = { ...inherited };
	for (const source of [...styleNames(node).map((name) => (STYLES[name] ?? {}) as Node), node]) {
		if (typeof source.bold === 'boolean') out.bold = source.bold;
		if (typeof source.italics === 'boolean') out.italics = source.italics;
		if (typeof source.color === 'string') out.color = source.color;
		if (typeof source.fontSize === 'number') out.fontSize = source.fontSize;
	}
	return out;
}

function lineRuns(text: string, style: RunStyle): TextRun[] {
	const size = style.fontSize ? Math.round(style.fontSize * 2) : undefined;
	return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: style.bold, italics: style.italics, color: hex(style.color), size }));
}

/** The text of a block as runs; nested inline pieces keep their own weight and colour. */
export function runs(text: unknown, style: RunStyle): TextRun[] {
	if (typeof text === 'string' || typeof text === 'number') return lineRuns(String(text), style);
	if (Array.isArray(text)) return text.flatMap((t) => runs(t, style));
	if (isNode(text)) return runs(text.text, styleOf(text, style));
	return [];
}

export function plainText(text: unknown): string {
	if (typeof text === 'string' || typeof text === 'number') return String(text);
	if (Array.isArray(text)) return text.map(plainText).join('');
	return isNode(text) ? plainText(text.text) : '';
}

function headingOf(node: Node): Heading | undefined {
	for (const name of styleNames(node)) if (HEADINGS[name]) return HEADINGS[name];
	return typeof node.headlineLevel === 'number' ? LEVELS[node.headlineLevel] : undefined;
}

function paragraph(node: Node, style: RunStyle, ctx: ConvertContext): Paragraph[] {
	if (plainText(node.text) === '') return [];
	const heading = headingOf(node);
	const pageBreakBefore = ctx.breakNext || node.pageBreak === 'before' || undefined;
	ctx.breakNext = false;
	// a heading takes its look from the document's heading style, only inline emphasis stays
	const children = heading ? runs(node.text, {}) : runs(node.text, style);
	return [new Paragraph({ heading, children, pageBreakBefore, keepNext: heading ? true : undefined })];
}

function list(items: unknown, ordered: boolean, style: RunStyle, ctx: ConvertContext): Paragraph[] {
	const instance = ++ctx.lists;
	return (Array.isArray(items) ? items : []).map(
		(item) =>
			new Paragraph({
				children: runs(isNode(item) ? item.text : item, isNode(item) ? styleOf(item, style) : style),
				...(ordered ? { numbering: { reference: ORDERED_LIST, level: 0, instance } } : { bullet: { level: 0 } })
			})
	);
}

export const ORDERED_LIST = 'report-ordered';

/** Column widths in twips: fixed widths are points in the PDF, the rest share what is left. */
function columnTwips(widths: unknown, count: number): number[] {
	const given = Array.isArray(widths) && widths.length === count ? widths : Array.from({ length: count }, () => '*');
	const fixed = given.reduce((sum: number, w) => sum + (typeof w === 'number' ? w * 20 : 0), 0);
	const flexible = given.filter((w) => typeof w !== 'number').length;
	const share = flexible ? Math.max(600, (CONTENT_TWIPS - fixed) / flexible) : 0;
	return given.map((w) => Math.round(typeof w === 'number' ? w * 20 : share));
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULED: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(RULE)! };

/** A table laid out without lines in the PDF (label–value lists, the glossary box) has none here either. */
function ruled(node: Node): boolean {
	const layout = node.layout;
	if (layout === 'noBorders') return false;
	if (isNode(layout) && typeof layout.hLineWidth === 'function') return (layout.hLineWidth as (i: number) => number)(2) > 0;
	return true;
}

function cellOf(cell: unknown, style: RunStyle, ctx: ConvertContext, borders: boolean, width: number): TableCell {
	const node = isNode(cell) ? cell : { text: cell };
	const content = blocks(node, ctx, style);
	const fill = hex(node.fillColor);
	return new TableCell({
		children: content.length ? content : [new Paragraph('')],
		columnSpan: typeof node.colSpan === 'number' && node.colSpan > 1 ? node.colSpan : undefined,
		shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
		width: { size: width, type: WidthType.DXA },
		borders: { top: borders ? RULED : NONE, bottom: borders ? RULED : NONE, left: NONE, right: NONE },
		margins: { top: 40, bottom: 40, left: 80, right: 80 }
	});
}

function table(node: Node, style: RunStyle, ctx: ConvertContext): Block[] {
	const spec = node.table as { body?: unknown[][]; widths?: unknown; headerRows?: number };
	const body = (spec.body ?? []).filter(Array.isArray);
	if (body.length === 0) return [];
	const count = Math.max(...body.map((row) => row.length));
	const widths = columnTwips(spec.widths, count);
	const borders = ruled(node);
	// a page break asked for before a table goes on a paragraph of its own, not into its first cell
	const before = ctx.breakNext ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [];
	ctx.breakNext = false;
	const rows = body.map((row, r) => {
		const cells: TableCell[] = [];
		for (let i = 0; i < row.length; ) {
			const cell = row[i];
			const span = isNode(cell) && typeof cell.colSpan === 'number' && cell.colSpan > 1 ? Math.min(cell.colSpan, row.length - i) : 1;
			const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
			cells.push(cellOf(cell, style, ctx, borders, width));
			i += span;
		}
		return new TableRow({ children: cells, tableHeader: r < (spec.headerRows ?? 0) || undefined, cantSplit: true });
	});
	return [...before, new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } })];
}

/** The drawn 4×4 map as a table: severity 4 → 1 down the side, likelihood 1 → 4 along the foot. */
function heatMapTable(map: HeatMapData): Block[] {
	const muted = hex(MUTED);
	const cell = (text: string, fill?: string, colour?: string, bold = false) =>
		new TableCell({
			children: [new Paragraph({ alignment: 'center', children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : undefined, bold: bold && i === 0, color: colour ?? muted, size: i ? 14 : 18 })) })],
			shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
			width: { size: 1150, type: WidthType.DXA },
			borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }
		});
	const rows = [0, 1, 2, 3].map(
		(s) =>
			new TableRow({
				cantSplit: true,
				children: [
					cell(String(4 - s)),
					...map.cells.slice(s * 4, s * 4 + 4).map((c, i) => {
						const colours = LEVEL_COLOURS[c.level];
						return cell(`${c.count > 0 ? c.count : '–'}\n${map.levelLabels[s * 4 + i]}`, hex(colours.fill), hex(colours.text), true);
					})
				]
			})
	);
	rows.push(new TableRow({ children: [cell(''), ...[1, 2, 3, 4].map((l) => cell(String(l)))] }));
	return [
		new Paragraph({ children: [new TextRun({ text: map.title, bold: true })], keepNext: true }),
		new Paragraph({ children: [new TextRun({ text: `↑ ${map.severityAxis}`, size: 16, color: muted })], keepNext: true }),
		new Table({ rows, columnWidths: [600, 1150, 1150, 1150, 1150], width: { size: 5200, type: WidthType.DXA } }),
		new Paragraph({ children: [new TextRun({ text: `${map.likelihoodAxis} →`, size: 16, color: muted })], spacing: { after: 160 } })
	];
}

function tocBlocks(node: Node, ctx: ConvertContext): Block[] {
	const title = isNode(node.toc) && isNode(node.toc.title) ? plainText(node.toc.title.text) : '';
	const pageBreakBefore = node.pageBreak === 'before' || undefined;
	return [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, children: [new TextRun(title)] }), ...ctx.toc.map((entry) => new Paragraph({ children: [new TextRun(entry)] }))];
}

/** One content block, or a list of them, as Word blocks. */
export function blocks(node: unknown, ctx: ConvertContext, inherited: RunStyle = {}): Block[] {
	if (typeof node === 'string' || typeof node === 'number') return paragraph({ text: node }, inherited, ctx);
	if (Array.isArray(node)) return node.flatMap((n) => blocks(n, ctx, inherited));
	if (!isNode(node)) return [];
	const map = heatMapData(node);
	if (map) return heatMapTable(map);
	const style = styleOf(node, inherited);
	if ('toc' in node) return tocBlocks(node, ctx);
	if (node.pageBreak === 'before' && !('text' in node)) ctx.breakNext = true;
	// lines broken for the PDF's page width: Word breaks the text itself
	if (isFlowed(node)) return paragraph({ ...node, text: node.flowedFrom }, style, ctx);
	if ('stack' in node) return blocks(node.stack, ctx, style);
	if ('columns' in node) return blocks(node.columns, ctx, style);
	if ('ul' in node) return list(node.ul, false, style, ctx);
	if ('ol' in node) return list(node.ol, true, style, ctx);
	if ('table' in node) return table(node, style, ctx);
	if ('text' in node) return paragraph(node, style, ctx);
	return [];
}

/** The headings the PDF lists in its table of contents. */
export function tocEntries(node: unknown, out: string[] = []): string[] {
	if (Array.isArray(node)) for (const n of node) tocEntries(n, out);
	else if (isNode(node)) {
		if (node.tocItem === true) out.push(plainText(node.text));
		for (const key of ['stack', 'columns'] as const) if (key in node) tocEntries(node[key], out);
	}
	return out;
}

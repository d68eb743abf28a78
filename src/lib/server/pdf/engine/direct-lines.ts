import { DIRECT, encodePlain, isPlainText } from './glyphs';
import type { Inline, Line, PdfDocument } from './internals';

/** As pdfkit writes a number into a content stream. */
const number = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** Inline features pdfmake draws with more than glyphs: links, backgrounds, decorations, offsets, page references. */
function isBare(inline: Inline): boolean {
	return (
		!inline.link &&
		!inline.linkToPage &&
		!inline.linkToDestination &&
		!inline.background &&
		!inline.decoration &&
		!inline.sup &&
		!inline.sub &&
		!inline.characterSpacing &&
		!inline.fontFeatures &&
		!inline._pageNodeRef &&
		!inline._tocItemRef &&
		!inline._pageRef
	);
}

/** A line pdfkit would draw as nothing but glyphs of one font, size, colour and opacity. */
function isDirect(line: Line): boolean {
	const [first] = line.inlines;
	if (!first || line.id || line._outline || line._pageNodeRef) return false;
	for (const inline of line.inlines) {
		if (inline.font !== first.font || inline.fontSize !== first.fontSize || inline.color !== first.color || inline.opacity !== first.opacity) return false;
		// words measured by pdfmake itself are checked here; ours were when they were measured
		if (inline[DIRECT] !== true && (!isBare(inline) || !isPlainText(inline.text))) return false;
	}
	return true;
}

/** What the last line drawn here left set, and how long its page's content stream was after it. */
interface Drawn {
	content: unknown;
	chunks: number;
	font: unknown;
	fontSize: number;
	color: unknown;
	opacity: number;
}

const lastDrawn = new WeakMap<PdfDocument, Drawn>();

/**
 * A line of text as one text object, where pdfmake and pdfkit would draw it inline by inline: pdfkit
 * lays out each inline again with fontkit and writes it as hexadecimal glyph ids in a dozen content
 * operators of a Buffer each. Here the glyph ids are two bytes each in one string, which also halves
 * what the page's compression has to go through. Each inline starts where pdfmake placed it: where the
 * glyphs before it end, or further on (justified text, a row's right-hand text) by a TJ offset.
 * Opacity, colour and font are set only when the content stream has changed since the last line drawn
 * here: on a page of a long text nothing else is drawn between its lines.
 * Returns false, having written nothing, for a line with anything else; pdfmake then draws it.
 */
export function drawDirect(doc: PdfDocument, line: Line, x: number, y: number): boolean {
	if (!isDirect(line)) return false;
	const first = line.inlines[0]!;
	const { font, fontSize, color, opacity } = first;
	let parts = '';
	let gaps = false;
	if (line.inlines.length === 1) parts = encodePlain(first.text, font).bytes;
	else {
		let end = first.x;
		for (const inline of line.inlines) {
			const gap = inline.x - end;
			if (Math.abs(gap) > 1e-6) {
				parts += `) ${number((-gap * 1000) / fontSize)} (`;
				gaps = true;
			}
			const run = encodePlain(inline.text, font);
			parts += run.bytes;
			end = inline.x + (run.advance * fontSize) / 1000;
		}
	}
	if (parts === '') return true;
	const content = doc.page.content;
	let last = lastDrawn.get(doc);
	const unchanged = last !== undefined && last.content === content && last.chunks === content.buffer.length;
	if (!unchanged || last!.opacity !== opacity) doc.opacity(opacity);
	if (!unchanged || last!.color !== color) doc.fillColor(doc.resolveColor(color, 'black'));
	doc.page.fonts[font.id] ??= font.ref();
	const setFont = !unchanged || last!.font !== font || last!.fontSize !== fontSize ? `/${font.id} ${number(fontSize)} Tf\n` : '';
	// pdfkit's page runs downwards; the text matrix turns the glyphs upright again, on pdfkit's baseline
	const baseline = y + (font.ascender / 1000) * fontSize;
	const show = gaps ? `[(${parts})] TJ` : `(${parts}) Tj`;
	doc.addContent(`BT\n1 0 0 -1 ${number(x + first.x)} ${number(baseline)} Tm\n${setFont}${show}\nET`);
	if (!last) lastDrawn.set(doc, (last = { content, chunks: 0, font, fontSize, color, opacity }));
	Object.assign(last, { content, chunks: content.buffer.length, font, fontSize, color, opacity });
	return true;
}

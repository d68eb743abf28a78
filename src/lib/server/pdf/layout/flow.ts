import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Content, ContentStack, ContentText } from 'pdfmake/interfaces';
import { fontPath } from '../fonts';
import { preBroken } from '../engine/measure-text';

/**
 * Long user text, broken into lines here instead of by pdfmake. pdfmake turns every word into an object
 * carrying twenty style properties, measures it, and draws it with a text call of its own; for a DPIA
 * at the forms' limits (millions of characters) that per-word work was most of the render time. The
 * lines broken here go to pdfmake as pre-broken text nodes (engine/measure-text.ts), each line one
 * object drawn with one text operator (engine/direct-lines.ts). The widths come from the same font file
 * the report embeds, without its layout tables (as in fonts.ts), so a width is the sum of the glyphs' advances.
 */

/** Shorter text is left to pdfmake: it wraps it exactly as before, and its per-word cost is small. */
const FLOW_FROM = 600;

/**
 * A line is kept this much narrower than its box: pdfmake draws a pre-broken line as it is, so rounding
 * must never make one run over the edge.
 */
const SLACK = 1.5;

/** Advances in em of the code points seen so far: the basic plane in a table (NaN until measured), the rest in a map. */
let font: fontkit.Font | undefined;
const basic = new Float64Array(0x10000).fill(NaN);
const astral = new Map<number, number>();

function advance(codePoint: number): number {
	if (codePoint < 0x10000) {
		const known = basic[codePoint]!;
		if (known === known) return known;
	} else {
		const known = astral.get(codePoint);
		if (known !== undefined) return known;
	}
	font ??= fontkit.create(readFileSync(fontPath('normal'))) as fontkit.Font;
	const width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
	if (codePoint < 0x10000) basic[codePoint] = width;
	else astral.set(codePoint, width);
	return width;
}

/** What String.prototype.trimEnd takes off: white space and line terminators, all in the basic plane. */
const WHITE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) WHITE[c] = 1;

/** Width in em of text, as the sum of its glyphs' advances. */
export function emWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; ) {
		const code = text.codePointAt(i)!;
		width += advance(code);
		i += code > 0xffff ? 2 : 1;
	}
	return width;
}

/**
 * The pieces of a paragraph that may not be split: a word with the spaces after it (or the spaces
 * before the first word), as start offsets; the last one ends at the paragraph's end.
 */
const PIECE = /[^ ]+ *| +/g;

/** A stretch of a paragraph: its width, its width without white space at the end, and whether it is all white space. */
interface Measured {
	width: number;
	visible: number;
	blank: boolean;
}

function measure(text: string, from: number, to: number): Measured {
	let width = 0;
	let visible = 0;
	let blank = true;
	for (let i = from; i < to; ) {
		const code = text.codePointAt(i)!;
		width += advance(code);
		if (code > 0xffff || !WHITE[code]) {
			visible = width;
			blank = false;
		}
		i += code > 0xffff ? 2 : 1;
	}
	return { width, visible, blank };
}

/** Where a piece wider than a whole line is cut: where the line is full, as pdfmake does with a long word. Never inside a surrogate pair. */
function cuts(text: string, from: number, to: number, max: number): number[] {
	const out: number[] = [];
	let start = from;
	let width = 0;
	for (let i = from; i < to; ) {
		const code = text.codePointAt(i)!;
		const w = advance(code);
		if (i > start && width + w > max) {
			out.push(i);
			start = i;
			width = 0;
		}
		width += w;
		i += code > 0xffff ? 2 : 1;
	}
	return out;
}

/**
 * The lines of `text` in a box `width` points wide at `fontSize`: broken at spaces, a word too long for
 * a line cut; the text's own line breaks kept, an empty line included. White space ending a line is
 * dropped, and a line never starts with the spaces that ended the one before. A line is a stretch of
 * its paragraph, so it is cut out of it rather than put together piece by piece.
 */
export function lineBreaks(text: string, width: number, fontSize: number): string[] {
	const max = (width - SLACK) / fontSize;
	const lines: string[] = [];
	for (const paragraph of text.split(/\r\n|\r|\n/)) {
		let start = -1;
		let end = 0;
		let lineWidth = 0;
		const add = (from: number, to: number, piece: Measured) => {
			if (start >= 0 && lineWidth + piece.visible > max) {
				lines.push(paragraph.slice(start, end).trimEnd());
				start = -1;
				lineWidth = 0;
			}
			if (start < 0) {
				if (piece.blank) return;
				start = from;
			}
			end = to;
			lineWidth += piece.width;
		};
		PIECE.lastIndex = 0;
		for (let match = PIECE.exec(paragraph); match; match = PIECE.exec(paragraph)) {
			const from = match.index;
			const to = from + match[0].length;
			const whole = measure(paragraph, from, to);
			if (whole.visible <= max) {
				add(from, to, whole);
				continue;
			}
			let at = from;
			for (const next of [...cuts(paragraph, from, to, max), to]) {
				add(at, next, measure(paragraph, at, next));
				at = next;
			}
		}
		lines.push(start < 0 ? '' : paragraph.slice(start, end).trimEnd());
	}
	return lines;
}

/**
 * Lines per text node. pdfmake copies the rest of a node's lines for every line it sets, so a node of
 * thousands of lines (a text of short lines) would cost their square; a stack of short nodes breaks
 * over pages exactly as one would.
 */
const LINES_PER_NODE = 50;

/** A stack of pre-broken lines that remembers the text it was made from, for formats that flow text themselves (DOCX). */
export type FlowedStack = ContentStack & { flowedFrom: string };

export const isFlowed = (node: unknown): node is FlowedStack => typeof node === 'object' && node !== null && typeof (node as { flowedFrom?: unknown }).flowedFrom === 'string';

/**
 * User text in a box of known width, in the body font (regular, not bold): short text as pdfmake text,
 * long text as a stack of pre-broken lines. The stack may run over pages like a paragraph does.
 */
export function flowing(text: string, width: number, fontSize: number, margin?: [number, number, number, number]): ContentText | FlowedStack {
	if (text.length < FLOW_FROM) return margin ? { text, margin } : { text };
	const lines = lineBreaks(text, width, fontSize);
	const stack: Content[] = [];
	for (let i = 0; i < lines.length; i += LINES_PER_NODE) stack.push(preBroken(lines.slice(i, i + LINES_PER_NODE)));
	return margin ? { stack, margin, flowedFrom: text } : { stack, flowedFrom: text };
}

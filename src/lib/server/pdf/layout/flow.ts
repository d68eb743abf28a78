import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { Content, ContentStack, ContentText } from 'pdfmake/interfaces';
import { fontPath } from '../fonts';

/**
 * Long user text, broken into lines here instead of by pdfmake. pdfmake turns every word into an object
 * carrying twenty style properties, measures it, and draws it with a text call of its own; for a DPIA
 * at the forms' limits (millions of characters) that per-word work was most of the render time. A line
 * broken here is one object and one text call. The widths come from the same font file the report
 * embeds, without its layout tables (as in fonts.ts), so a width is the sum of the glyphs' advances.
 */

/** Shorter text is left to pdfmake: it wraps it exactly as before, and its per-word cost is small. */
const FLOW_FROM = 600;

/**
 * A line is kept this much narrower than its box: pdfmake draws a pre-broken line as it is, so rounding
 * must never make one run over the edge.
 */
const SLACK = 1.5;

let advances: ((codePoint: number) => number) | undefined;

/** Advance width of one code point in em. */
function advanceOf(): (codePoint: number) => number {
	if (advances) return advances;
	const font = fontkit.create(readFileSync(fontPath('normal'))) as fontkit.Font;
	const cache = new Map<number, number>();
	advances = (codePoint) => {
		let width = cache.get(codePoint);
		if (width === undefined) {
			width = font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
			cache.set(codePoint, width);
		}
		return width;
	};
	return advances;
}

/** Code units a code point at `i` takes: 2 for a surrogate pair, so a cut never splits one. */
const unitsAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

function widthOf(text: string): number {
	const advance = advanceOf();
	let width = 0;
	for (let i = 0; i < text.length; i += unitsAt(text, i)) width += advance(text.codePointAt(i)!);
	return width;
}

/** Pieces of a paragraph that may not be split: a word with the spaces after it. */
function pieces(paragraph: string): string[] {
	return paragraph.match(/[^ ]+ *| +/g) ?? [];
}

/** A piece wider than a whole line is cut where the line is full, as pdfmake does with a long word. */
function cut(piece: string, max: number): string[] {
	const out: string[] = [];
	let start = 0;
	let width = 0;
	const advance = advanceOf();
	for (let i = 0; i < piece.length; i += unitsAt(piece, i)) {
		const w = advance(piece.codePointAt(i)!);
		if (i > start && width + w > max) {
			out.push(piece.slice(start, i));
			start = i;
			width = 0;
		}
		width += w;
	}
	out.push(piece.slice(start));
	return out;
}

/**
 * The lines of `text` in a box `width` points wide at `fontSize`: broken at spaces, a word too long for
 * a line cut; the text's own line breaks kept, an empty line included. Trailing spaces are dropped.
 */
export function lineBreaks(text: string, width: number, fontSize: number): string[] {
	const max = (width - SLACK) / fontSize;
	const lines: string[] = [];
	for (const paragraph of text.split(/\r\n|\r|\n/)) {
		let line = '';
		let lineWidth = 0;
		for (const whole of pieces(paragraph)) {
			for (const piece of widthOf(whole.trimEnd()) > max ? cut(whole, max) : [whole]) {
				const visible = widthOf(piece.trimEnd());
				if (line && lineWidth + visible > max) {
					lines.push(line.trimEnd());
					line = '';
					lineWidth = 0;
				}
				// a line never starts with the spaces that ended the one before
				if (!line && !piece.trim()) continue;
				line += piece;
				lineWidth += widthOf(piece);
			}
		}
		lines.push(line.trimEnd());
	}
	return lines;
}

/** A stack of pre-broken lines that remembers the text it was made from, for formats that flow text themselves (DOCX). */
export type FlowedStack = ContentStack & { flowedFrom: string };

export const isFlowed = (node: unknown): node is FlowedStack => typeof node === 'object' && node !== null && typeof (node as { flowedFrom?: unknown }).flowedFrom === 'string';

/**
 * User text in a box of known width, in the body font (regular, not bold): short text as pdfmake text,
 * long text as a stack of pre-broken lines. The stack may run over pages like a paragraph does.
 */
export function flowing(text: string, width: number, fontSize: number, margin?: [number, number, number, number]): ContentText | FlowedStack {
	if (text.length < FLOW_FROM) return margin ? { text, margin } : { text };
	const stack = lineBreaks(text, width, fontSize).map((line): Content => ({ text: line, noWrap: true }));
	return margin ? { stack, margin, flowedFrom: text } : { stack, flowedFrom: text };
}

import type { ContentText } from 'pdfmake/interfaces';
import { DIRECT, plainWidth } from './glyphs';
import type { DocMeasure, Inline, LeafNode, StyleStackClass, TextBreaker, Word } from './internals';
import { resolvedStyle, type TextStyle } from './style';

/**
 * Measuring text for pdfmake's layout as its DocMeasure.measureLeaf and TextInlines do, but with the
 * style worked out once per text node. pdfmake looks up some twenty style properties for every word,
 * each through the whole stack of enclosing nodes and named styles; in a large report that was most of
 * the measuring. The words of a node whose text is a plain string all have the node's style, so here
 * pdfmake's own measuring runs once, on an empty word, against the node's style resolved into one flat
 * default style (style.ts), and every word shares what it gives.
 */

/**
 * Lines broken by layout/flow.ts as one text node: its lines joined by "\n" (a line holds no line break
 * of its own). pdfmake sets it as a paragraph whose lines move to the next page one by one, like any
 * text, but neither joins nor splits them. With `right`, the first line also carries that text at the
 * right-hand end of a row `width` wide (a running header): one node instead of two columns, which
 * pdfmake would lay out again on every page.
 */
export function preBroken(lines: readonly string[], right?: { text: string; width: number }): ContentText {
	const node = { text: lines.join('\n'), preBroken: true };
	return (right ? { ...node, rightText: right.text, rowWidth: right.width } : node) as ContentText;
}

/**
 * What a row's left-hand text may take less than the room it leaves its right-hand text, so that
 * pdfmake's check whether the right-hand text still fits is never upset by rounding.
 */
const ROW_ROUNDING = 0.01;

const LEADING = /^\s+/;
const TRAILING = /\s+$/;
const SPACE_AT_ENDS = /^\s|\s$/;

/** Style that makes pdfmake draw more than glyphs: such words are left to its Renderer (direct-lines.ts). */
const isBare = (style: TextStyle) =>
	!style.link && !style.linkToPage && !style.linkToDestination && !style.background && !style.decoration && !style.sup && !style.sub && !style.characterSpacing && !style.fontFeatures;

interface Shared {
	measure: DocMeasure;
	/** What every word of the node has in common; each word is an object with this as its prototype. */
	proto: Inline;
	style: TextStyle;
}

/** The white space at one end of a word, which takes no room (pdfmake's cuts). */
function cutWidth(shared: Shared, inline: Inline, space: string, plain: boolean): number {
	return plain ? plainWidth(space, inline.font, inline.fontSize) : shared.measure.textInlines.widthOfText(space, inline);
}

/** One word as TextInlines.measure makes it: its width, and the white space at its ends that takes no room. */
function inlineOf(shared: Shared, text: string): Inline {
	const inline: Inline = Object.create(shared.proto);
	inline.text = text;
	const width = plainWidth(text, inline.font, inline.fontSize);
	const plain = width >= 0;
	inline.width = plain ? width : shared.measure.textInlines.widthOfText(text, inline);
	// the prototype has the node's answer; a word with other characters needs pdfmake's drawing
	if (!plain) inline[DIRECT] = false;
	if (SPACE_AT_ENDS.test(text)) {
		const leading = shared.style.preserveLeadingSpaces ? null : LEADING.exec(text);
		if (leading) inline.leadingCut = cutWidth(shared, inline, leading[0], plain);
		const trailing = shared.style.preserveTrailingSpaces ? null : TRAILING.exec(text);
		if (trailing) inline.trailingCut = cutWidth(shared, inline, trailing[0], plain);
	}
	return inline;
}

const trimmed = (width: number, leadingCut: number, trailingCut: number) => Math.max(0, width - leadingCut - trailingCut);

/** The node's measured words and its narrowest and widest width, as TextInlines.buildInlines has them. */
function setInlines(node: LeafNode, inlines: Inline[], noWrap: boolean): LeafNode {
	let minWidth = 0;
	let maxWidth = 0;
	let line: { width: number; leadingCut: number; trailingCut: number } | null = null;
	for (const inline of inlines) {
		minWidth = Math.max(minWidth, trimmed(inline.width, inline.leadingCut, inline.trailingCut));
		line ??= { width: 0, leadingCut: inline.leadingCut, trailingCut: 0 };
		line.width += inline.width;
		line.trailingCut = inline.trailingCut;
		maxWidth = Math.max(maxWidth, trimmed(line.width, line.leadingCut, line.trailingCut));
		if (inline.lineEnd) line = null;
	}
	node._inlines = inlines;
	node._minWidth = noWrap ? maxWidth : minWidth;
	node._maxWidth = maxWidth;
	return node;
}

/** A pre-broken node's lines, each ending its line; a row's right-hand text joins the first. */
function preBrokenInlines(shared: Shared, node: LeafNode & { text: string }): Inline[] {
	const lines = node.text.split('\n').map((text) => inlineOf(shared, text));
	if (typeof node.rightText === 'string' && typeof node.rowWidth === 'number') {
		const right = inlineOf(shared, node.rightText);
		const first = lines[0]!;
		first.lineEnd = false;
		// the first line reaches to where the right-hand text starts; what is drawn is its glyphs
		first.width = Math.max(first.width, node.rowWidth - right.width + right.trailingCut - ROW_ROUNDING);
		lines.splice(1, 0, right);
	}
	return lines;
}

/**
 * A node with a string as its text, measured; null for pdfmake to measure (a text of styled pieces, a
 * page or text reference, a first-line indent).
 */
export function measureText(measure: DocMeasure, classes: { TextBreaker: TextBreaker; StyleStack: StyleStackClass }, node: LeafNode): LeafNode | null {
	if (typeof node.text !== 'string' || node._textRef) return null;
	const style = resolvedStyle(measure.styleStack, node);
	if (style.leadingIndent) return null;
	const flat = new classes.StyleStack(measure.styleStack.styleDictionary, style);
	const [measured] = measure.textInlines.measure([{ text: '' }], flat);
	const proto: Inline = { ...measured!, leadingCut: 0, trailingCut: 0, [DIRECT]: isBare(style) };
	const shared: Shared = { measure, proto, style };
	if (node.preBroken === true) {
		// every line ends with a line break: pdfmake neither joins nor splits them
		Object.assign(proto, { lineEnd: true, noWrap: true });
		return setInlines(node, preBrokenInlines(shared, node as LeafNode & { text: string }), true);
	}
	const words: Word[] = new classes.TextBreaker().getBreaks(node.text, flat);
	const inlines = words.map((word) => {
		const inline = inlineOf(shared, word.text);
		if (word.lineEnd) inline.lineEnd = true;
		return inline;
	});
	return setInlines(node, inlines, !!style.noWrap);
}

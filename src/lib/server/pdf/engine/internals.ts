import { createRequire } from 'node:module';

/**
 * The few of pdfmake's (0.3) and pdfkit's internals that engine/ works with. pdfmake offers no hook for
 * how text is measured or drawn; these are what its own code uses (js/DocMeasure.js, js/Renderer.js,
 * pdfkit's EmbeddedFont). hooks.spec.ts fails when an update changes them.
 */

/** A pdfkit font with its subset: what pdfkit's own text drawing updates. */
export interface PdfkitFont {
	id: string;
	ascender: number;
	/** 1000 / units per em. */
	scale: number;
	font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] } };
	subset: { includeGlyph(glyphId: number): number };
	widths: number[];
	unicode: number[][];
	ref(): unknown;
}

/** A measured piece of text as pdfmake's TextInlines makes it. */
export interface Inline {
	text: string;
	font: PdfkitFont;
	fontSize: number;
	width: number;
	height: number;
	leadingCut: number;
	trailingCut: number;
	/** Set by pdfmake's Line when the inline is placed. */
	x: number;
	color: unknown;
	opacity: number;
	[key: string | symbol]: unknown;
}

export interface Line {
	inlines: Inline[];
	id?: unknown;
	_outline?: unknown;
	_pageNodeRef?: unknown;
}

export interface PdfDocument {
	/** The page being drawn; `content` is its content stream, whose chunks wait in `buffer` until the page ends. */
	page: { fonts: Record<string, unknown>; content: { buffer: unknown[] } };
	opacity(value: number): void;
	fillColor(color: unknown): void;
	resolveColor(color: unknown, fallback: string): unknown;
	addContent(data: string): void;
}

export interface StyleStack {
	styleDictionary: unknown;
	defaultStyle?: Record<string, unknown>;
	/** Named styles and nodes, the innermost last. */
	styleOverrides: (string | object)[];
	getProperty(name: string): unknown;
}

export type StyleStackClass = new (styleDictionary: unknown, defaultStyle: object) => StyleStack;

export interface TextInlines {
	measure(items: object[], stack: StyleStack): Inline[];
	widthOfText(text: string, inline: Inline): number;
}

export interface DocMeasure {
	styleStack: StyleStack;
	textInlines: TextInlines;
}

export interface Renderer {
	pdfDocument: PdfDocument;
}

export interface LeafNode {
	text?: unknown;
	_textRef?: unknown;
	preBroken?: unknown;
	rightText?: unknown;
	rowWidth?: unknown;
	_inlines?: Inline[];
	_minWidth?: number;
	_maxWidth?: number;
}

/** A piece of text between break opportunities (Unicode line breaking), as pdfmake's TextBreaker splits text. */
export interface Word {
	text: string;
	lineEnd?: boolean;
}

export type TextBreaker = new () => { getBreaks(texts: unknown, stack: StyleStack): Word[] };

type Prototype = Record<string, unknown>;

const require = createRequire(import.meta.url);
const exported = (file: string) => (require(file) as { default?: { prototype?: Prototype } }).default;

/** pdfmake's measuring and drawing classes' prototypes and its text breaker, as loaded by pdfmake itself. */
export function pdfmakeInternals(): { measure: Prototype; renderer: Prototype; TextBreaker: TextBreaker; StyleStack: StyleStackClass } {
	const measure = exported('pdfmake/js/DocMeasure')?.prototype;
	const renderer = exported('pdfmake/js/Renderer')?.prototype;
	const breaker = exported('pdfmake/js/TextBreaker');
	const stack = exported('pdfmake/js/StyleContextStack');
	if (
		typeof measure?.measureLeaf !== 'function' ||
		typeof renderer?.renderLine !== 'function' ||
		typeof breaker?.prototype?.getBreaks !== 'function' ||
		typeof stack?.prototype?.getProperty !== 'function'
	) {
		throw new Error('pdfmake has changed: DocMeasure.measureLeaf, Renderer.renderLine, TextBreaker.getBreaks or StyleContextStack is missing');
	}
	return { measure, renderer, TextBreaker: breaker as unknown as TextBreaker, StyleStack: stack as unknown as StyleStackClass };
}

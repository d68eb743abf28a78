import type { PdfkitFont } from './internals';

/**
 * Characters whose drawing is their glyph at its advance, nothing more: Latin letters and digits,
 * punctuation, currency signs. Not the soft hyphen (fontkit draws it as nothing), combining marks
 * (placed over the letter before), controls, or scripts fontkit would shape or turn right to left.
 * The report's fonts have no kerning or ligature tables (fonts.ts), so a run of these is its glyphs'
 * advances laid end to end, as pdfkit would lay it out.
 */
export function isPlain(code: number): boolean {
	return (
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0x24f && code !== 0xad) ||
		(code >= 0x2010 && code <= 0x2027) ||
		(code >= 0x2030 && code <= 0x205e) ||
		(code >= 0x20a0 && code <= 0x20c0) ||
		code === 0x2122
	);
}

/**
 * Set on a measured word (engine/measure-text.ts) of plain characters whose style draws nothing but
 * glyphs: direct-lines.ts may draw it without checking again.
 */
export const DIRECT = Symbol('drawn directly');

/** Past the highest plain character: the size of the tables below. */
const TABLE_SIZE = 0x2123;

/** Per document and font: each plain character's advance (1/1000 em) and its glyph id as a PDF string's two bytes. */
interface Glyphs {
	advance: Float64Array;
	bytes: (string | undefined)[];
}

// keyed by pdfkit's font object, which belongs to one document: the subset's glyph ids are that document's
const tables = new WeakMap<PdfkitFont, Glyphs>();

function tableOf(font: PdfkitFont): Glyphs {
	let table = tables.get(font);
	if (!table) {
		table = { advance: new Float64Array(TABLE_SIZE).fill(-1), bytes: new Array<string | undefined>(TABLE_SIZE) };
		tables.set(font, table);
	}
	return table;
}

export function isPlainText(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (!isPlain(text.charCodeAt(i))) return false;
	return true;
}

/** Width in points of text as pdfkit measures it, when every character is plain; otherwise -1. */
export function plainWidth(text: string, font: PdfkitFont, fontSize: number): number {
	const { advance } = tableOf(font);
	let sum = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isPlain(code)) return -1;
		let a = advance[code]!;
		if (a < 0) a = advance[code] = font.font.glyphForCodePoint(code).advanceWidth * font.scale;
		sum += a;
	}
	return (sum * fontSize) / 1000;
}

/** A byte in a literal string: its delimiters and the backslash escaped, and line ends, which a reader would turn into "\n". */
function stringByte(byte: number): string {
	if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
	if (byte === 0x0a) return '\\n';
	if (byte === 0x0d) return '\\r';
	return String.fromCharCode(byte);
}

/** A run of text as encodePlain gives it: the bytes of a PDF string and the glyphs' advance in 1/1000 em. */
export interface Encoded {
	bytes: string;
	advance: number;
}

/**
 * Text of plain characters as the bytes of a PDF string in the font's two-byte encoding (Identity-H).
 * Each glyph is taken into the font's subset with its width and its character, as pdfkit does when it
 * draws text: the subset embeds it and the ToUnicode map lets a reader copy the text.
 */
export function encodePlain(text: string, font: PdfkitFont): Encoded {
	const table = tableOf(font);
	let bytes = '';
	let advance = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		let glyphBytes = table.bytes[code];
		if (glyphBytes === undefined) {
			const glyph = font.font.glyphForCodePoint(code);
			const id = font.subset.includeGlyph(glyph.id);
			font.widths[id] ??= glyph.advanceWidth * font.scale;
			font.unicode[id] ??= glyph.codePoints;
			glyphBytes = table.bytes[code] = stringByte(id >> 8) + stringByte(id & 0xff);
			table.advance[code] = glyph.advanceWidth * font.scale;
		}
		bytes += glyphBytes;
		advance += table.advance[code]!;
	}
	return { bytes, advance };
}

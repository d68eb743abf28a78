import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fontPath } from '../fonts';
import { withoutTables } from '../fonts/sfnt';

let font: fontkit.Font | undefined;

/**
 * A line's width as pdfkit measures it when it draws: fontkit's full layout of the embedded font (the
 * file without its layout tables, as fonts.ts gives it to pdfmake), not the per-glyph sum flow.ts uses.
 */
export function renderedWidth(text: string, fontSize: number): number {
	font ??= fontkit.create(withoutTables(readFileSync(fontPath('normal')), ['GSUB', 'GPOS', 'GDEF'])) as fontkit.Font;
	return (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize;
}

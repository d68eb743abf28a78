import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { withoutTables } from './fonts/sfnt';
import { installTextHooks } from './engine/hooks';

/**
 * Roboto as shipped inside the pdfmake package (a runtime dependency), so a fresh machine needs no
 * system fonts. It covers Dutch diacritics (ë, é, ï) and the euro sign; every report embeds a subset.
 */
const ROBOTO_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

export const FONT_FAMILY = 'Roboto';

/** Virtual file names under which the fonts live in pdfmake's in-memory file system. */
const FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };

/** The font file on disk, for measuring text the way the report sets it (layout/flow.ts). */
export function fontPath(style: keyof typeof FILES): string {
	return path.join(ROBOTO_DIR, FILES[style]);
}

interface VirtualFs {
	existsSync(name: string): boolean;
	writeFileSync(name: string, content: Buffer): void;
}

/**
 * pdfmake is a process-wide singleton. These settings never vary between requests, so setting them again
 * is harmless. The fonts are read once into pdfmake's in-memory file system, without their OpenType layout
 * tables (see `withoutTables`); the policies make sure no document makes the server fetch a URL or read a
 * file (a report holds user text, never a user-chosen image or link to load).
 */
export function configurePdfmake(): typeof pdfmake {
	const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
	for (const name of Object.values(FILES)) {
		if (!vfs.existsSync(name)) vfs.writeFileSync(name, withoutTables(readFileSync(path.join(ROBOTO_DIR, name)), ['GSUB', 'GPOS', 'GDEF']));
	}
	pdfmake.setFonts({ [FONT_FAMILY]: { ...FILES } });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	installTextHooks();
	return pdfmake;
}

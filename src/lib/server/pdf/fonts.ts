import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

/**
 * Roboto as shipped inside the pdfmake package (a runtime dependency), so a fresh machine needs no
 * system fonts. It covers Dutch diacritics (ë, é, ï) and the euro sign; every report embeds a subset.
 */
const ROBOTO_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

export const FONT_FAMILY = 'Roboto';

const FILES = {
	normal: path.join(ROBOTO_DIR, 'Roboto-Regular.ttf'),
	bold: path.join(ROBOTO_DIR, 'Roboto-Medium.ttf'),
	italics: path.join(ROBOTO_DIR, 'Roboto-Italic.ttf'),
	bolditalics: path.join(ROBOTO_DIR, 'Roboto-MediumItalic.ttf')
};

const ALLOWED = new Set(Object.values(FILES));

/**
 * pdfmake is a process-wide singleton. These settings never vary between requests, so setting them again
 * is harmless; the policies make sure that no document can make the server fetch a URL or read any file
 * other than the four fonts (a report holds user text, never a user-chosen image or link to load).
 */
export function configurePdfmake(): typeof pdfmake {
	pdfmake.setFonts({ [FONT_FAMILY]: { ...FILES } });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy((file) => ALLOWED.has(path.resolve(file)));
	return pdfmake;
}

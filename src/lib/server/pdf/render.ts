import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { configurePdfmake } from './fonts';

/**
 * Document definition to PDF bytes. Deterministic as long as the definition is: pdfkit derives the file
 * id and the font subset tags from the metadata, so callers fix `info.creationDate` (taken from the
 * version, not the clock, for a frozen version) and the same snapshot gives the same bytes.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
	if (!(doc.info?.creationDate instanceof Date)) throw new Error('a report needs a fixed info.creationDate');
	return configurePdfmake().createPdf(doc).getBuffer();
}

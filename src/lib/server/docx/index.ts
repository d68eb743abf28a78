import type { ReportKind } from '../pdf/data/types';
import { reportPartsHere } from '../pdf/render-report';
import type { ReportLanguage } from '../pdf/texts';
import { docxBytes } from './document';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * One report of one version as an editable Word file, in this thread: the PDF's own blocks from the same
 * sanitised snapshot, so both formats say the same. The app renders it in the report pool (pool/index.ts).
 */
export function renderDocxHere(kind: ReportKind, snapshot: unknown, lang: ReportLanguage, now = new Date()): Promise<Buffer> {
	return docxBytes(reportPartsHere(kind, snapshot, lang, now));
}

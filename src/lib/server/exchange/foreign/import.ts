import { m } from '$lib/paraglide/messages';
import type { Db } from '../../db';
import type { Actor } from '../../audit';
import { importAssessment, type ImportResult } from '../import';
import { parseForeignText } from './parse';
import type { ForeignFormat, ForeignReport } from './report';

export { FOREIGN_FORMATS, type ForeignFormat, type ForeignReport } from './report';

/** The import report as the note kept with the DPIA: what was assumed, and every field left behind with its text. */
export function reportText(report: ForeignReport, fileName: string, locale: 'nl' | 'en'): string {
	const lines = [m.import_foreign_note_intro({ file: fileName, format: report.format === 'cnil' ? 'CNIL PIA' : 'PAR' }, { locale }), ''];
	if (report.assumptions.length) {
		lines.push(m.import_foreign_assumed({}, { locale }));
		for (const a of report.assumptions) lines.push(`- ${a[locale]}`);
		lines.push('');
	}
	lines.push(report.unmapped.length ? m.import_foreign_unmapped({ count: report.unmapped.length }, { locale }) : m.import_foreign_all_mapped({}, { locale }));
	for (const u of report.unmapped) lines.push(`- ${u.path}${u.hint ? ` (${u.hint})` : ''}: ${u.value}`);
	return lines.join('\n');
}

/**
 * Imports a CNIL PIA or PAR DPIA file into an organisation as a new DPIA in draft: all or nothing, with
 * the checks of our own import, and the report kept as a comment on the proposal (question 1.1).
 */
export async function importForeign(
	db: Db,
	organisationId: string,
	text: string,
	format: ForeignFormat,
	actor: Actor,
	options: { fileName: string; locale: 'nl' | 'en'; copy?: boolean }
): Promise<{ result: ImportResult; report: ForeignReport; name: string }> {
	const { doc, report } = parseForeignText(text, format, { fileName: options.fileName, locale: options.locale });
	const note = { sectionId: '1', questionId: '1.1', body: reportText(report, options.fileName, options.locale) };
	const result = await importAssessment(db, organisationId, doc, actor, { copy: options.copy, note, source: format });
	return { result, report, name: doc.processing.name };
}

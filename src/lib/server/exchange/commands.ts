import { readFile, stat } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, organisations } from '../db/schema';
import { exportAssessment } from './export';
import { m } from '$lib/paraglide/messages';
import { ImportRefused, importAssessment, parseExportText, type ImportOptions, type ImportResult } from './import';
import { MAX_IMPORT_BYTES } from './limits';
import { basename } from 'node:path';
import { importForeign, reportText, type ForeignFormat } from './foreign/import';

/** What the CLI's export/import commands do, free of argument parsing so it can be tested directly. */
export async function exportById(db: Db, assessmentId: string): Promise<string | null> {
	if (!/^[0-9a-f-]{36}$/i.test(assessmentId)) return null;
	const [row] = await db.select({ organisationId: assessments.organisationId }).from(assessments).where(eq(assessments.id, assessmentId));
	if (!row) return null;
	const doc = await exportAssessment(db, row.organisationId, assessmentId);
	return doc ? JSON.stringify({ $schema: 'https://dpia-wijzer.nl/schema/dpia-export-1.json', ...doc }, null, 2) : null;
}

/**
 * Imports an export file, or with `from` a CNIL PIA or PAR DPIA file, whose import report then comes back
 * as warnings (it is also kept with the DPIA as a comment).
 */
export async function importFromFile(db: Db, file: string, organisationSlug: string, options: ImportOptions & { from?: ForeignFormat } = {}): Promise<ImportResult> {
	const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, organisationSlug));
	if (!organisation) throw new ImportRefused([{ path: [], say: (locale) => m.import_no_organisation({ slug: organisationSlug }, { locale }) }]);
	let text: string;
	try {
		// a file past the limit is refused by its size, before it is read into memory
		if ((await stat(file)).size > MAX_IMPORT_BYTES) throw new ImportRefused([{ path: [], say: (locale) => m.import_too_large({ max: MAX_IMPORT_BYTES / 2 ** 20 }, { locale }) }]);
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (error instanceof ImportRefused) throw error;
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new ImportRefused([{ path: [], say: (locale) => m.import_unreadable({ file, reason }, { locale }) }]);
	}
	const actor = { userId: null, label: 'CLI import' };
	if (!options.from) return importAssessment(db, organisation.id, parseExportText(text), actor, options);
	const fileName = basename(file);
	const { result, report } = await importForeign(db, organisation.id, text, options.from, actor, { fileName, locale: 'en', copy: options.copy });
	return { ...result, warnings: [...result.warnings, ...reportText(report, fileName, 'en').split('\n').filter(Boolean)] };
}

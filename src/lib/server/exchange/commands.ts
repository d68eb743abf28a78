import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { assessments, organisations } from '../db/schema';
import { exportAssessment } from './export';
import { ImportRefused, importAssessment, parseExportText, type ImportResult } from './import';

/** What the CLI's export/import commands do, free of argument parsing so it can be tested directly. */
export async function exportById(db: Db, assessmentId: string): Promise<string | null> {
	if (!/^[0-9a-f-]{36}$/i.test(assessmentId)) return null;
	const [row] = await db.select({ organisationId: assessments.organisationId }).from(assessments).where(eq(assessments.id, assessmentId));
	if (!row) return null;
	const doc = await exportAssessment(db, row.organisationId, assessmentId);
	return doc ? JSON.stringify({ $schema: 'https://dpia-wijzer.nl/schema/dpia-export-1.json', ...doc }, null, 2) : null;
}

export async function importFromFile(db: Db, file: string, organisationSlug: string): Promise<ImportResult> {
	const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, organisationSlug));
	if (!organisation) throw new ImportRefused([`organisation "${organisationSlug}" does not exist`]);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new ImportRefused([`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
	}
	return importAssessment(db, organisation.id, parseExportText(text), { userId: null, label: 'CLI import' });
}

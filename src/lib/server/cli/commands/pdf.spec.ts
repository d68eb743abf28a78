import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { openDatabase } from '../../db/open';
import { assessmentVersions } from '../../db/schema';
import { reportFixture } from '../../pdf/testing/report-fixture';
import { docxTexts } from '../../docx/testing/docx-text';
import { pdfText } from '../../pdf/testing/pdf-text';
import { createTestDatabase } from '../../testing/db';
import { EXIT, UsageError, type CliIo } from '../types';
import { pdfCommandWith } from './pdf';

describe('pdf command', () => {
	let database: Database;
	let assessmentId: string;
	const written: Uint8Array[] = [];
	const errors: string[] = [];
	const command = pdfCommandWith(async (bytes) => {
		written.push(bytes);
	});
	const io = (): CliIo => ({ db: database.db, out: () => {}, err: (t) => errors.push(t), stdin: async () => '' });

	beforeAll(async () => {
		database = await createTestDatabase();
		assessmentId = (await reportFixture(database.db, { slug: 'stichting-cli' })).assessment.id;
	});
	afterAll(async () => {
		await database.close();
	});

	it('writes the chosen report of the chosen version as PDF bytes and names the file on stderr', async () => {
		expect(await command.run([assessmentId, '--report', 'gmr', '--lang', 'en', '--version', '1'], io())).toBe(EXIT.ok);
		const pdf = Buffer.from(written.at(-1)!);
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(await pdfText(pdf)).toContain('Report for the participation council');
		expect(errors.at(-1)).toMatch(/^DPIA-Snappet-v1-GMR-en-\d{4}-\d{2}-\d{2}\.pdf: \d+ bytes$/);
	});

	it('docx writes the same report as a Word file, read back by LibreOffice', async () => {
		const docx = pdfCommandWith(async (bytes) => {
			written.push(bytes);
		}, 'docx');
		expect(await docx.run([assessmentId, '--report', 'gmr', '--lang', 'en'], io())).toBe(EXIT.ok);
		const file = Buffer.from(written.at(-1)!);
		expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
		expect(errors.at(-1)).toMatch(/^DPIA-Snappet-v1-GMR-en-\d{4}-\d{2}-\d{2}\.docx: \d+ bytes$/);
		const { report } = await docxTexts({ report: file });
		expect(report).toContain('Report for the participation council');
	}, 120_000);

	it('refuses a bad command line with a usage error and an unknown DPIA or version with exit 1', async () => {
		await expect(command.run([assessmentId], io())).rejects.toThrow(UsageError);
		await expect(command.run([assessmentId, '--report', 'all'], io())).rejects.toThrow(/--report/);
		await expect(command.run(['not-an-id', '--report', 'full'], io())).rejects.toThrow(UsageError);
		await expect(command.run([assessmentId, '--report', 'full', '--version', '0'], io())).rejects.toThrow(/--version/);
		expect(await command.run(['00000000-0000-4000-8000-000000000000', '--report', 'full'], io())).toBe(EXIT.refused);
		expect(await command.run([assessmentId, '--report', 'full', '--version', '9'], io())).toBe(EXIT.refused);
		expect(errors.at(-1)).toContain('has no version 9');
	});

	it('run as a program, writes only the PDF to stdout and its log lines to stderr', async () => {
		// a frozen version whose recorded hash no longer matches logs a warning while the PDF is written
		const dataDir = mkdtempSync(path.join(tmpdir(), 'dpia-cli-pdf-'));
		const onDisk = await openDatabase({ dataDir });
		await onDisk.migrate();
		const id = (await reportFixture(onDisk.db, { slug: 'stichting-log' })).assessment.id;
		await onDisk.db.update(assessmentVersions).set({ fullReportSha256: '0'.repeat(64) }).where(eq(assessmentVersions.assessmentId, id));
		await onDisk.close();
		const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'cli', '--', 'pdf', id, '--report', 'full'], {
			env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
			encoding: 'buffer',
			maxBuffer: 64 * 1024 * 1024
		});
		expect(stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(stdout.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
		expect(stderr.toString('utf8')).toContain('frozen report no longer matches its recorded hash');
	}, 180_000);
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pdfText } from '../../pdf/testing/pdf-text';

const run = promisify(execFile);

const MISSING =
	'LibreOffice is needed to read the Word reports back (a real reader, not a parser of our own): ' +
	'install it with `apt-get install libreoffice-writer-nogui` (.ci/run does so), so that `soffice --headless --convert-to pdf` works';

async function soffice(): Promise<string> {
	for (const name of ['soffice', 'libreoffice']) {
		try {
			await run('which', [name]);
			return name;
		} catch {
			// try the next name
		}
	}
	throw new Error(MISSING);
}

/**
 * Word files opened by LibreOffice and saved as PDF, then read with pdftotext: what a person opening the
 * file sees, whitespace collapsed. All files go through one LibreOffice start (it takes seconds), with a
 * profile of their own so parallel test files do not share one.
 */
export async function docxTexts(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
	const binary = await soffice();
	const dir = await mkdtemp(path.join(tmpdir(), 'dpia-docx-'));
	try {
		const inputs = await Promise.all(
			Object.entries(files).map(async ([name, bytes]) => {
				const file = path.join(dir, `${name}.docx`);
				await writeFile(file, bytes);
				return file;
			})
		);
		const profile = `file://${path.join(dir, 'profile')}`;
		await run(binary, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs], { timeout: 240_000 });
		const out: Record<string, string> = {};
		for (const name of Object.keys(files)) {
			const pdf = await readFile(path.join(dir, `${name}.pdf`)).catch(() => {
				throw new Error(`LibreOffice made no PDF of ${name}.docx: it could not open the file`);
			});
			out[name] = await pdfText(pdf);
		}
		return out;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

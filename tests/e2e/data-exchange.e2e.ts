import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { docxTexts } from '../../src/lib/server/docx/testing/docx-text';
import { pdfText } from '../../src/lib/server/pdf/testing/pdf-text';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';

/**
 * Data in and out through the browser: a CNIL PIA and a PAR DPIA output imported on the import page
 * (the second without JavaScript), the imported DPIA shown and its reports downloaded as PDF and DOCX,
 * and the register's export links (CSV and XLSX) downloaded and read. Names carry a run id, because the
 * seeded server keeps what other tests make.
 */
const run = Date.now().toString(36);
const fixture = (name: string) => readFileSync(`tests/fixtures/foreign/${name}`, 'utf8');

/** A CNIL PIA with this run's name; a name that looks like a formula shows the exports neutralise it. */
function cnilFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
	const pia = JSON.parse(fixture('cnil-pia-2018.json'));
	pia.pia.name = name;
	return { name: 'kompas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pia)) };
}

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * The open DPIA's full report downloaded as PDF and as Word, and read back as a person sees them (pdftotext;
 * LibreOffice for the Word file): both name the imported DPIA and carry the import's facts.
 */
async function expectReportsName(page: Page, facts: string[]): Promise<void> {
	const pdf = await download(page, page.locator('a[href*="export.pdf?"][href*="report=full"][href*="lang=nl"]').first() as never);
	expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
	const docx = await download(page, page.locator('a[href*="export.docx?"][href*="report=full"][href*="lang=nl"]').first() as never);
	expect(docx.name).toMatch(/\.docx$/);
	const texts = { pdf: await pdfText(pdf.bytes), ...(await docxTexts({ docx: docx.bytes })) };
	for (const text of Object.values(texts)) for (const fact of facts) expect(text).toContain(fact);
}

test.describe('data in and out', () => {
	test('a CNIL PIA is imported, shown with its report, and reported as PDF and DOCX', async ({ page }) => {
		const name = `=Kompas ${run}`;
		await login(page, 'editor@noord.test');
		await page.goto(`/o/${NOORD}/processings`);
		await page.getByRole('link', { name: 'DPIA importeren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'DPIA importeren' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByLabel('Export uit CNIL PIA (JSON)').check();
		await page.getByLabel('Bestand (JSON, hoogstens 8 MB)').setInputFiles(cnilFile(name));
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByText(`Geïmporteerd als concept-DPIA: "${name}".`)).toBeVisible();
		const report = page.getByRole('table', { name: 'Importverslag' });
		await expect(report.getByRole('row', { name: /pia\.dpo_opinion/ })).toContainText('Akkoord onder voorwaarde van tweestapsverificatie.');
		await expect(report.getByRole('row', { name: /answers\[1\]\.data\.text/ })).toContainText('Kompas Onderwijs BV');
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Open de DPIA' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `DPIA: ${name}` })).toBeVisible();
		await expectReportsName(page, [name, 'voor alle twaalf basisscholen']);

		// the register's exports: the imported DPIA in the columns the register shows, its formula-looking name as text
		await page.goto(`/o/${NOORD}/processings?q=${encodeURIComponent(run)}`);
		const csv = await download(page, page.getByRole('link', { name: 'Register met deze filters downloaden als CSV (Excel, puntkomma)' }));
		const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
		expect(lines[0]!.split(';').slice(0, 5)).toEqual(['Verwerking', 'Leverancier', expect.any(String), expect.any(String), expect.any(String)]);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.startsWith(`'${name};`)).toBe(true);

		const xlsx = await download(page, page.getByRole('link', { name: 'Register met deze filters downloaden als Excel (XLSX)' }));
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx.bytes as never);
		const sheet = book.worksheets[0]!;
		expect(sheet.getRow(1).getCell(1).value).toBe('Verwerking');
		// a text cell, not a formula: ExcelJS reads a formula back as an object
		expect(sheet.getRow(2).getCell(1).value).toBe(name);
		expect(sheet.rowCount).toBe(2);
	});

	test('a PAR DPIA output is imported without JavaScript; the same file twice is refused', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: SEEDED_URL });
		const page = await context.newPage();
		await login(page, 'admin@noord.test');
		const file = { name: `Toetsrijk ${run}.json`, mimeType: 'application/json', buffer: Buffer.from(fixture('par-dpia-3.0.json').replace('Invoering van', `Invoering (${run}) van`)) };
		for (const attempt of [1, 2]) {
			await page.goto(`/o/${NOORD}/import`);
			await page.getByLabel('Uitvoer van PAR DPIA (urn:nl:dpia:3.0)').check();
			await page.getByLabel('Bestand (JSON, hoogstens 8 MB)').setInputFiles(file);
			await page.getByRole('button', { name: 'Importeren' }).click();
			if (attempt === 1) {
				await expect(page.getByText(`Geïmporteerd als concept-DPIA: "Toetsrijk ${run}".`)).toBeVisible();
				await expect(page.getByRole('table', { name: 'Importverslag' }).getByRole('row', { name: /16\.1\.7/ })).toContainText('hoog');
				await page.getByRole('link', { name: 'Open de DPIA' }).click();
				await expect(page.getByRole('heading', { level: 1, name: `DPIA: Toetsrijk ${run}` })).toBeVisible();
				await expectReportsName(page, [`Toetsrijk ${run}`, `Invoering (${run}) van het digitale toetsplatform`]);
			} else {
				await expect(page.getByRole('alert')).toContainText(`Deze DPIA staat al in deze organisatie: "Toetsrijk ${run}".`);
			}
		}
		await page.getByLabel('Export uit CNIL PIA (JSON)').check();
		await page.getByLabel('Bestand (JSON, hoogstens 8 MB)').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByRole('alert')).toContainText('Dit is geen CNIL PIA-bestand');
		await context.close();
	});
});

import { createHash } from 'node:crypto';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { SAMPLE_DOCX, SAMPLE_HTML, SAMPLE_PDF } from '../../src/lib/server/testing/sample-documents';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';
import { PrescanFlow } from './pages/prescan';

/**
 * Documents (issue 21): uploaded as an ordinary form (no JavaScript needed), recognised by content, listed
 * with their facts, and downloaded byte-identical as attachments. Names carry a run id: the seeded server
 * keeps what other tests make.
 */
const run = Date.now().toString(36);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const file = (name: string, bytes: Uint8Array, mimeType = 'application/octet-stream') => ({ name, mimeType, buffer: Buffer.from(bytes) });

async function download(page: Page, name: string): Promise<APIResponse> {
	const href = await page.getByRole('link', { name: `${name} downloaden` }).getAttribute('href');
	return page.request.get(new URL(href!, page.url()).toString());
}

async function expectAttachment(response: APIResponse, type: string, name: string, bytes: Uint8Array) {
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe(type);
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['content-disposition']).toContain(`attachment; filename="${name}"`);
	expect(sha(await response.body())).toBe(sha(bytes));
}

test('a supplier\u2019s agreement is refused as HTML, added as a PDF, listed with its hash and downloaded as it was', async ({ page }) => {
	const supplier = `Documentbeheer ${run} BV`;
	await login(page, 'admin@noord.test');
	await page.goto(`${SEEDED_URL}/o/${NOORD}/suppliers/new`);
	await page.getByLabel('Naam van de leverancier').fill(supplier);
	await page.getByRole('button', { name: 'Leverancier opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: supplier })).toBeVisible();

	// a web page renamed to .pdf: refused by content, with the allowed types named beside the field
	await page.getByLabel('Soort document').selectOption('annex');
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('bijlage.pdf', SAMPLE_HTML, 'application/pdf'));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Dit soort bestand kan niet worden toegevoegd. Toegestaan zijn: PDF, DOCX, XLSX, ODT, PNG, JPEG.')).toBeVisible();
	await expect(page.getByLabel('Bestand', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Soort document')).toHaveValue('annex');

	await page.getByLabel('Soort document').selectOption('agreement');
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('Verwerkersovereenkomst 4.0.pdf', SAMPLE_PDF));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();
	const docs = page.getByRole('region', { name: 'Documenten' });
	await expect(docs.getByRole('link', { name: 'Verwerkersovereenkomst 4.0.pdf downloaden' })).toBeVisible();
	await expect(docs).toContainText('Verwerkersovereenkomst · PDF');
	await expect(docs).toContainText(`SHA-256: ${sha(SAMPLE_PDF)}`);
	await expectNoAxeViolations(page);
	await expectAttachment(await download(page, 'Verwerkersovereenkomst 4.0.pdf'), 'application/pdf', 'Verwerkersovereenkomst 4.0.pdf', SAMPLE_PDF);

	// another board's admin gets nothing
	const href = await docs.getByRole('link', { name: 'Verwerkersovereenkomst 4.0.pdf downloaden' }).getAttribute('href');
	const url = new URL(href!, page.url()).toString();
	await page.context().clearCookies();
	await login(page, 'admin@zuid.test');
	expect((await page.request.get(url.replace(NOORD, 'stichting-zuid'))).status()).toBe(404);
});

test('a PDF and a DOCX attached to \u00a76.5 download byte-identical', async ({ page }) => {
	test.setTimeout(180_000);
	await login(page, 'admin@noord.test');
	const flow = new PrescanFlow(page, NOORD);
	await flow.register(`Leesapp ${run}`, `Leesapp ${run} BV`, 'Leerlingen lezen boeken in de app.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Gaat het om veel mensen/], minors: true });
	await page.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `DPIA: Leesapp ${run}` })).toBeVisible();
	await page.goto(`${page.url().replace(/\/$/, '')}/questionnaire/6`);

	const upload = page.getByLabel('Bestand', { exact: true });
	await upload.setInputFiles(file('bijsluiter.pdf', SAMPLE_PDF));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();
	await upload.setInputFiles(file('subverwerkers.docx', SAMPLE_DOCX));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByRole('link', { name: 'subverwerkers.docx downloaden' })).toBeVisible();

	// an empty file: refused, and the two documents stay
	await upload.setInputFiles(file('leeg.pdf', new Uint8Array(0)));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het gekozen bestand is leeg. Kies een bestand met inhoud.')).toBeVisible();
	await expect(page.getByRole('link', { name: /downloaden$/ })).toHaveCount(2);
	await expectNoAxeViolations(page);

	await expectAttachment(await download(page, 'bijsluiter.pdf'), 'application/pdf', 'bijsluiter.pdf', SAMPLE_PDF);
	await expectAttachment(await download(page, 'subverwerkers.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'subverwerkers.docx', SAMPLE_DOCX);
});

test('a file over 20 MB is refused beside its field, also one past the server\u2019s body limit; what was saved stays', async ({ page }) => {
	test.setTimeout(240_000);
	await login(page, 'admin@noord.test');
	const flow = new PrescanFlow(page, NOORD);
	await flow.register(`Tekenapp ${run}`, `Tekenapp ${run} BV`, 'Leerlingen tekenen in de app.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Gaat het om veel mensen/], minors: true });
	await page.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `DPIA: Tekenapp ${run}` })).toBeVisible();
	await page.goto(`${page.url().replace(/\/$/, '')}/questionnaire/1`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/^1\.1 /).fill('Een tekenprogramma voor groep 5 tot en met 8.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByTestId('save-status')).toHaveText(/Concept opgeslagen om \d\d:\d\d/);

	const upload = page.getByLabel('Bestand', { exact: true });
	await upload.setInputFiles(file('stroomschema.pdf', SAMPLE_PDF));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();

	const tooLarge = 'Het bestand is groter dan 20 MB. Kies een kleiner bestand of verklein het eerst.';
	// 21 MB: the server reads the form and stops storing at 20 MB; 31 MB: past the 30 MB it reads at all
	for (const mb of [21, 31]) {
		const big = Buffer.alloc(mb * 1024 * 1024);
		big.set(SAMPLE_PDF);
		await upload.setInputFiles({ name: `groot-${mb}.pdf`, mimeType: 'application/pdf', buffer: big });
		await page.getByRole('button', { name: 'Document toevoegen' }).click();
		await expect(page.getByText(tooLarge)).toBeVisible();
		await expect(page.getByLabel('Bestand', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('link', { name: /downloaden$/ })).toHaveCount(1);
		await expect(page.getByLabel(/^1\.1 /)).toHaveValue('Een tekenprogramma voor groep 5 tot en met 8.');
	}
	await expectAttachment(await download(page, 'stroomschema.pdf'), 'application/pdf', 'stroomschema.pdf', SAMPLE_PDF);
});

test('a processing takes its own documents, and \u00a78.4 takes a DTIA beside its written answer', async ({ page }) => {
	test.setTimeout(180_000);
	await login(page, 'admin@noord.test');
	const flow = new PrescanFlow(page, NOORD);
	await flow.register(`Rekenapp ${run}`, `Rekenapp ${run} BV`, 'Leerlingen oefenen sommen in de app.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Gaat het om veel mensen/], minors: true });

	// the processing's own documents: uploaded without a DPIA version, listed with their facts
	const own = page.getByRole('region', { name: 'Documenten' });
	await own.getByLabel('Bestand', { exact: true }).setInputFiles(file('contract.pdf', SAMPLE_PDF));
	await own.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();
	await expect(own).toContainText(`SHA-256: ${sha(SAMPLE_PDF)}`);
	await expect(own).toContainText('PDF');
	await expectNoAxeViolations(page);
	await expectAttachment(await download(page, 'contract.pdf'), 'application/pdf', 'contract.pdf', SAMPLE_PDF);

	await page.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `DPIA: Rekenapp ${run}` })).toBeVisible();
	await page.goto(`${page.url().replace(/\/$/, '')}/questionnaire/8`);
	// 8.4 asks for a DTIA only where there is a transfer: until then it takes no upload
	const dtia = page.getByRole('region', { name: /8\.4 / });
	await expect(dtia).toHaveCount(0);
	await page.getByRole('group', { name: /^8\.3 / }).getByLabel('Ja', { exact: true }).check();
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(dtia).toBeVisible();
	await dtia.getByLabel('Bestand', { exact: true }).setInputFiles(file('dtia.docx', SAMPLE_DOCX));
	await dtia.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();
	await expectNoAxeViolations(page);
	await expectAttachment(await download(page, 'dtia.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'dtia.docx', SAMPLE_DOCX);
});

test('a replaced supplier document keeps its earlier version, downloadable under Eerdere versies', async ({ page }) => {
	const supplier = `Vervangbeheer ${run} BV`;
	await login(page, 'admin@noord.test');
	await page.goto(`${SEEDED_URL}/o/${NOORD}/suppliers/new`);
	await page.getByLabel('Naam van de leverancier').fill(supplier);
	await page.getByRole('button', { name: 'Leverancier opslaan' }).click();
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('vwo-2025.pdf', SAMPLE_PDF));
	await page.getByRole('button', { name: 'Document toevoegen' }).click();
	await expect(page.getByText('Het document is toegevoegd.')).toBeVisible();

	await page.locator('summary', { hasText: 'Vervangen' }).click();
	// the replacement's field names the document it replaces, so it is not a second "Bestand" on the page
	await page.getByLabel('Nieuwe versie van vwo-2025.pdf').setInputFiles(file('vwo-2026.docx', SAMPLE_DOCX));
	await page.getByRole('button', { name: 'Vervangen door een nieuwe versie' }).click();
	await expect(page.getByText('Het document is vervangen door een nieuwe versie.')).toBeVisible();
	await page.getByText('Eerdere versies (1)').click();
	await expectNoAxeViolations(page);
	await expectAttachment(await download(page, 'vwo-2026.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'vwo-2026.docx', SAMPLE_DOCX);
	await expectAttachment(await download(page, 'vwo-2025.pdf'), 'application/pdf', 'vwo-2025.pdf', SAMPLE_PDF);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD } from './helpers';
import { PrescanFlow } from './pages/prescan';

test.describe('pre-scan: is a DPIA mandatory?', () => {
	test('cameras on the playground: mandatory, and the screen says why', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const flow = new PrescanFlow(page, NOORD);
		await flow.register('Camera’s op het schoolplein', 'Beveiliging Noord BV', 'Twee camera’s bij de ingang en op het plein.');
		await flow.answer({ subjects: ['Leerlingen jonger dan 16', 'Medewerkers (ook vrijwilligers en stagiairs)', 'Bezoekers'], yes: [/Worden camera’s gebruikt/] }, true);

		const outcome = page.locator('[data-outcome]');
		await expect(outcome).toHaveAttribute('data-outcome', 'mandatory');
		await expect(outcome).toContainText('Een DPIA is verplicht');
		await expect(page.getByText('AP-09 · Cameratoezicht')).toBeVisible();
		await expect(page.getByText(/Bron: Lijst van de Autoriteit Persoonsgegevens – AP-lijst .*nr\. 9/)).toBeVisible();
		await expect(page.getByText('S-3 · Volgen in openbare ruimte (cameratoezicht)')).toBeVisible();
		await expect(page.getByText(/C7 · Kwetsbare personen.*afgeleid uit de betrokkenen/)).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Start de DPIA' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'DPIA: Camera’s op het schoolplein' })).toBeVisible();
		await expectNoAxeViolations(page);

		// The draft's dossier downloads as a real PDF with a speaking file name.
		const link = page.getByRole('link', { name: 'DPIA-rapport van versie 1 downloaden (Nederlands, PDF)' });
		const response = await page.request.get((await link.getAttribute('href'))!);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(response.headers()['content-disposition']).toMatch(/DPIA-Camera.*-v1-.*\.pdf/);
		expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
		// and next to it the same report as an editable Word file
		const word = page.getByRole('link', { name: 'DPIA-rapport van versie 1 downloaden (Nederlands, Word, bewerkbaar)' });
		const docx = await page.request.get((await word.getAttribute('href'))!);
		expect(docx.status()).toBe(200);
		expect(docx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
		expect(docx.headers()['content-disposition']).toMatch(/DPIA-Camera.*-v1-.*\.docx/);
		expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
	});

	test('an adaptive maths method: mandatory through profiling, with a children’s rights flag', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const flow = new PrescanFlow(page, NOORD);
		await flow.register('Adaptieve rekenmethode', 'Rekenen BV', 'Leerlingen oefenen; het programma past de opgaven aan.');
		await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Beoordeelt of voorspelt het systeem/, /Gaat het om veel mensen/], minors: true });
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'mandatory');
		await expect(page.getByText('AP-15 · Profilering')).toBeVisible();
		await expect(page.getByText(/Kinderrechtentoets \(KIA\) aanbevolen/)).toBeVisible();
	});

	test('not required: the editor records why and the FG gives a view', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const flow = new PrescanFlow(page, NOORD);
		await flow.register('Ouderavondplanner', 'Plan BV', 'Ouders kiezen een tijd voor het tienminutengesprek.');
		await flow.answer({ subjects: ['Ouders/verzorgers'], yes: [] });
		await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'not_required');
		await expect(page.getByRole('button', { name: 'Start de DPIA' })).toHaveCount(0);
		await page.getByLabel('Waarom doet u geen DPIA?').fill('Alleen naam en gekozen tijd van ouders; niets gevoeligs, na een week gewist.');
		await page.getByRole('button', { name: 'Motivering opslaan' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();
		const url = page.url();

		await page.context().clearCookies();
		await login(page, 'fg@noord.test');
		await page.goto(url);
		await expect(page.getByText('Alleen naam en gekozen tijd van ouders', { exact: false })).toBeVisible();
		await page.getByLabel('Uw zienswijze als FG').fill('Eens, geen DPIA nodig. Herzien als er notities bij komen.');
		await page.getByRole('button', { name: 'Zienswijze opslaan' }).click();
		await expect(page.getByText(/Gegeven op/)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a short reasoning is refused with a message, keeping the text', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const flow = new PrescanFlow(page, NOORD);
		await flow.register('Klassenlijst', '', '');
		await flow.answer({ subjects: ['Ouders/verzorgers'], yes: [] });
		await page.getByLabel('Waarom doet u geen DPIA?').fill('Klein.');
		await page.getByRole('button', { name: 'Motivering opslaan' }).click();
		await expect(page.getByText('Schrijf een motivering van minstens 20 tekens.')).toBeVisible();
		await expect(page.getByLabel('Waarom doet u geen DPIA?')).toHaveValue('Klein.');
	});

	test('a name already in the register is asked about first; the new one is made only when meant', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const name = `Schoolfotograaf ${Date.now().toString(36)}`;
		const flow = new PrescanFlow(page, NOORD);
		await flow.register(name, 'Foto BV', 'De jaarlijkse klassenfoto.');
		const first = page.url().replace(/\/prescan$/, '');

		await page.goto(`/o/${NOORD}/processings/new`);
		await page.getByLabel('Naam van de tool of verwerking').fill(name.toUpperCase());
		await page.getByLabel('Korte beschrijving').fill('Portretfoto’s voor de schoolpas.');
		await page.getByRole('button', { name: 'Opslaan en naar de pre-scan' }).click();
		await expect(page.getByText('Er staat al een verwerking met deze naam in het register.')).toBeVisible();
		await expect(page.getByLabel('Korte beschrijving')).toHaveValue('Portretfoto’s voor de schoolpas.');
		await expect(page.locator('[data-same-name]').getByRole('link', { name })).toHaveAttribute('href', new URL(first).pathname);
		await expectNoAxeViolations(page);

		await page.getByLabel('Toch een nieuwe verwerking met deze naam aanmaken').check();
		await page.getByRole('button', { name: 'Opslaan en naar de pre-scan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Pre-scan: ${name.toUpperCase()}` })).toBeVisible();
	});
});

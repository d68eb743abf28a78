import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';
import { RisksPage } from './pages/lifecycle';
import { PrescanFlow } from './pages/prescan';

/**
 * The register (search, filters, paging links), the dashboard, a DPIA's versions and diff, and its audit
 * trail. Names carry a run id, because the seeded server keeps what other tests register.
 */
const run = Date.now().toString(36);
const REGISTER = `/o/${NOORD}/processings`;

async function registerAndStart(page: Page, name: string): Promise<string> {
	const flow = new PrescanFlow(page, NOORD);
	await flow.register(name, 'Rekenen BV', 'Leerlingen oefenen sommen; het programma past de opgaven aan.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Beoordeelt of voorspelt het systeem/, /Gaat het om veel mensen/], minors: true });
	await page.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `DPIA: ${name}` })).toBeVisible();
	return page.url();
}

test.describe('register, dashboard, versions and audit trail', () => {
	test('search takes % and _ literally and the filters narrow the list', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const flow = new PrescanFlow(page, NOORD);
		await flow.register(`Korting 100% ${run}`, 'Actie BV', 'Een kortingsactie.');
		await flow.register(`Korting 1000 ${run}`, 'Actie BV', 'Nog een kortingsactie.');

		await page.goto(REGISTER);
		await expect(page.getByRole('heading', { level: 1, name: 'Verwerkingen' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByLabel('Zoek op naam').fill(`100% ${run}`);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL(/q=100%25/);
		const rows = page.getByTestId('register-row');
		await expect(rows).toHaveCount(1);
		await expect(rows.first()).toContainText(`Korting 100% ${run}`);
		await expect(rows.first()).toContainText('OBS De Linde');
		await expect(rows.first()).toContainText('Geen DPIA');

		await page.getByLabel('Zoek op naam').fill(`Korting 1_00 ${run}`);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page.getByText('Geen verwerkingen gevonden met deze zoekterm of filters.')).toBeVisible();

		await page.getByLabel('Zoek op naam').fill(run);
		await page.getByLabel('Stand van de DPIA').selectOption('in_force');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(rows).toHaveCount(0);
		await page.getByLabel('Stand van de DPIA').selectOption('no_dpia');
		await page.getByLabel('School').selectOption({ label: 'OBS De Linde' });
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(rows).toHaveCount(2);
		await expect(page.getByTestId('register-count')).toHaveText('Gevonden: 2. Pagina 1 van 1.');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Filters wissen' }).click();
		await expect(page).toHaveURL(new RegExp(`${REGISTER}$`));
	});

	test('the filter form works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await login(page, 'viewer@noord.test');
		await page.goto(`${SEEDED_URL}${REGISTER}`);
		await page.getByLabel('Zoek op naam').fill('zoekterm-die-niet-bestaat');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL(/q=zoekterm-die-niet-bestaat/);
		await expect(page.getByText('Geen verwerkingen gevonden met deze zoekterm of filters.')).toBeVisible();
		await context.close();
	});

	test('the register ships no JavaScript and no page data, while the dashboard does', async ({ page }) => {
		await login(page, 'viewer@noord.test');
		// login lands on the dashboard, whose hydration still fetches a lazy node: only the register's own requests count
		await page.waitForLoadState('networkidle');
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(REGISTER);
		await expect(page.getByRole('heading', { level: 1, name: 'Verwerkingen' })).toBeVisible();
		expect(scripts).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
		await page.goto(`/o/${NOORD}`);
		await expect(page.getByRole('heading', { level: 2, name: "DPIA's per stand" })).toBeVisible();
		await expect.poll(() => scripts.length).toBeGreaterThan(0);
	});

	test('a DPIA’s versions, diff and audit trail tell what happened, and nobody can edit the trail', async ({ page }) => {
		const name = `Rekentuin ${run}`;
		await login(page, 'editor@noord.test');
		const dpia = await registerAndStart(page, name);
		const risks = new RisksPage(page, dpia);
		await risks.open();
		await risks.addFromCatalogue('R03');

		await page.goto(dpia);
		await page.getByRole('link', { name: 'Versies' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Versies van ${name}` })).toBeVisible();
		const version = page.getByTestId('version-row');
		await expect(version).toHaveCount(1);
		await expect(version).toContainText('Versie 1');
		await expect(version).toContainText('Concept');
		await expect(version).toContainText('Geen (nog niet vastgesteld)');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Vergelijk' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Versie 1 en 1 van ${name} vergeleken` })).toBeVisible();
		await expect(page.getByText('Er zijn geen verschillen tussen deze versies.')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.goto(dpia);
		await page.getByRole('link', { name: 'Audittrail' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Audittrail van ${name}` })).toBeVisible();
		const entries = page.getByTestId('audit-entry');
		await expect(entries.first()).toContainText('Heeft het risico “Profilering leidt tot etikettering van leerlingen” toegevoegd.');
		await expect(entries.first()).toContainText('Eva Jansen');
		await expect(entries.filter({ hasText: 'Is de DPIA begonnen.' })).toHaveCount(1);
		await expect(entries.filter({ hasText: 'Heeft de pre-scan gedaan: Een DPIA is verplicht.' })).toHaveCount(1);
		await expect(entries.last()).toContainText(`Heeft de verwerking “${name}” in het register gezet.`);
		await expect(page.locator('main form, main button, main input, main textarea')).toHaveCount(0);
		await expectNoAxeViolations(page);

		await page.context().clearCookies();
		await login(page, 'viewer@noord.test');
		await page.goto(dpia);
		await expect(page.getByRole('link', { name: 'Versies' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Audittrail' })).toHaveCount(0);
		expect((await page.goto(`${dpia}/audit`))?.status()).toBe(403);
	});

	test('the dashboard counts DPIAs by status and links into the filtered register', async ({ page }) => {
		await login(page, 'fg@noord.test');
		await page.goto(`/o/${NOORD}`);
		await expect(page.getByRole('heading', { level: 2, name: "DPIA's per stand" })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /^Herbeoordelingen te laat/ })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /^Maatregelen te laat/ })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: /^Zonder DPIA: \d+$/ }).click();
		await expect(page).toHaveURL(/status=no_dpia/);
		await expect(page.getByLabel('Stand van de DPIA')).toHaveValue('no_dpia');
	});

	test('the (G)MR and other boards cannot read the register', async ({ page }) => {
		await login(page, 'gmr@noord.test');
		expect((await page.goto(REGISTER))?.status()).toBe(403);
		await page.goto(`/o/${NOORD}`);
		await expect(page.getByRole('link', { name: "Naar de gedeelde DPIA's" })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.context().clearCookies();
		await login(page, 'admin@zuid.test');
		expect((await page.goto(`${SEEDED_URL}${REGISTER}?q=%25`))?.status()).toBe(404);
	});
});

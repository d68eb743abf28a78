import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';

/**
 * The board's schools, kept by an admin (issue 19): a school added under Beheer is offered on the
 * new-processing form; once archived it is not. Names carry a run id: the seeded server keeps what
 * other tests add.
 */
const run = Date.now().toString(36);

test('an admin adds a school, sees it offered for a new processing, renames and archives it', async ({ page }) => {
	const name = `IKC De Vlinder ${run}`;
	await login(page, 'admin@noord.test');
	await page.goto(`${SEEDED_URL}/o/${NOORD}/admin/schools`);
	await expect(page.getByRole('heading', { level: 1, name: 'Scholen' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Onderdelen van Beheer' }).getByRole('link', { name: 'Scholen' })).toHaveAttribute('aria-current', 'page');

	// a refused BRIN number says what form is expected, beside its field, and keeps what was typed
	const add = page.getByRole('region', { name: 'School toevoegen' });
	await add.getByLabel('Naam van de school').fill(name);
	await add.getByLabel('BRIN-nummer (niet verplicht)').fill('1AB');
	await add.getByLabel('Sector').selectOption('po');
	await add.getByRole('button', { name: 'School toevoegen' }).click();
	await expect(add.getByLabel('BRIN-nummer (niet verplicht)')).toHaveAttribute('aria-invalid', 'true');
	await expect(add.getByText(/twee cijfers en twee letters, bijvoorbeeld 12AB/)).toBeVisible();
	await expect(add.getByLabel('Naam van de school')).toHaveValue(name);
	await expectNoAxeViolations(page);

	const brin = `${String(Date.now() % 90 + 10)}ZZ${String(Date.now() % 100).padStart(2, '0')}`;
	await add.getByLabel('BRIN-nummer (niet verplicht)').fill(brin.toLowerCase());
	await add.getByRole('button', { name: 'School toevoegen' }).click();
	await expect(page.getByText(`${name} is toegevoegd`)).toBeVisible();
	const row = page.getByRole('row', { name: new RegExp(name) });
	await expect(row).toContainText(brin);
	await expect(row).toContainText('Primair onderwijs (po)');
	await expectNoAxeViolations(page);

	await page.goto(`${SEEDED_URL}/o/${NOORD}/processings/new`);
	await expect(page.getByRole('checkbox', { name })).toBeVisible();

	// renamed through the row's change form, then archived: no longer offered
	await page.goto(`${SEEDED_URL}/o/${NOORD}/admin/schools`);
	await row.locator('summary', { hasText: 'Wijzigen' }).click();
	await row.getByLabel('Naam van de school').fill(`${name} (locatie Noord)`);
	await row.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
	await expect(page.getByText(`De wijzigingen aan ${name} (locatie Noord) zijn opgeslagen.`)).toBeVisible();
	const renamed = page.getByRole('row', { name: new RegExp(`${name} \\(locatie Noord\\)`) });
	await renamed.getByRole('button', { name: /Archiveren/ }).click();
	await expect(renamed).toContainText('Gearchiveerd');
	await page.goto(`${SEEDED_URL}/o/${NOORD}/processings/new`);
	await expect(page.getByRole('checkbox', { name: `${name} (locatie Noord)` })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'OBS De Linde' })).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';
import { PrescanFlow } from './pages/prescan';

/**
 * The supplier register (issue 21): the evidence behind a DPIA kept once per supplier. Names carry a run
 * id, because the seeded server keeps what other tests register.
 */
const run = Date.now().toString(36);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a supplier with a model 4.0 agreement and a US sub-processor flags the DPIA for a DTIA, and its ending agreement is on the dashboard', async ({ page }) => {
	// a long walk: a supplier, a pre-scan and a DPIA, on a machine shared with the other suites
	test.setTimeout(180_000);
	const supplier = `Leerwolk ${run} BV`;
	await login(page, 'admin@noord.test');
	await page.goto(`${SEEDED_URL}/o/${NOORD}/suppliers`);
	await expect(page.getByRole('heading', { level: 1, name: 'Leveranciers' })).toBeVisible();
	await page.getByRole('link', { name: 'Nieuwe leverancier' }).click();

	// a refusal keeps what was typed and says what is expected
	await page.getByLabel('Naam van de leverancier').fill(supplier);
	await page.getByLabel('KvK-nummer').fill('1234');
	await page.getByRole('button', { name: 'Leverancier opslaan' }).click();
	await expect(page.getByText('Een KvK-nummer heeft acht cijfers, bijvoorbeeld 12345678.')).toBeVisible();
	await expect(page.getByLabel('KvK-nummer')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Naam van de leverancier')).toHaveValue(supplier);

	await page.getByLabel('KvK-nummer').fill('12345678');
	await page.getByLabel('De leverancier heeft het Privacyconvenant ondertekend').check();
	await page.getByLabel('Soort overeenkomst').selectOption('convenant_4');
	await page.getByLabel('Ondertekend op').fill(inDays(-700));
	await page.getByLabel('Geldig tot en met').fill(inDays(30));
	await page.getByLabel('Land waar de gegevens worden opgeslagen').selectOption('NL');
	await page.getByRole('button', { name: 'Leverancier opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: supplier })).toBeVisible();
	await expect(page.getByText('De leverancier is opgeslagen.')).toBeVisible();

	await page.getByLabel('Naam van de subverwerker').fill('Big Cloud Inc');
	await page.getByLabel('Land', { exact: true }).selectOption('US');
	await page.getByLabel('Wat doet de subverwerker?').fill('hosting');
	await page.getByRole('button', { name: 'Subverwerker toevoegen' }).click();
	await expect(page.getByText('Dit land ligt buiten de EER: kies het doorgiftemechanisme.')).toBeVisible();
	await page.getByLabel('Doorgiftemechanisme').selectOption('SCC');
	await page.getByRole('button', { name: 'Subverwerker toevoegen' }).click();
	await expect(page.getByRole('row', { name: /Big Cloud Inc/ })).toContainText('Modelcontractbepalingen (SCC)');
	await expect(page.getByText(/Doorgiftetoets \(DTIA\) nodig: Big Cloud Inc \(US\)/)).toBeVisible();
	await expectNoAxeViolations(page);

	// a processing linked to it: its DPIA carries the flag with the reason
	const flow = new PrescanFlow(page, NOORD);
	await flow.register(`Huiswerkapp ${run}`, '', 'Leerlingen maken huiswerk in de app.');
	await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Gaat het om veel mensen/], minors: true });
	await page.getByLabel('Leverancier van deze verwerking').selectOption({ label: supplier });
	await page.getByRole('button', { name: 'Koppelen' }).click();
	await expect(page.getByRole('link', { name: supplier }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Start de DPIA' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `DPIA: Huiswerkapp ${run}` })).toBeVisible();
	await expect(page.getByText(/Doorgiftetoets \(DTIA\) nodig:.*Big Cloud Inc/)).toBeVisible();
	await expectNoAxeViolations(page);

	// §6 takes the supplier over as a processor party, with 6.4 from its signed model agreement
	await page.goto(`${page.url().replace(/\/$/, '')}/questionnaire/6`);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Overnemen in de antwoorden' }).click();
	await expect(page.getByText('De gegevens van de leverancier zijn overgenomen en opgeslagen.')).toBeVisible();
	await expect(page.getByLabel(/^6\.1 /).last()).toHaveValue(supplier);
	await expect(page.getByLabel('Deelnemer Privacyconvenant, model 4.0 getekend').last()).toBeChecked();

	// the agreement that ends in 30 days is on the dashboard
	await page.goto(`${SEEDED_URL}/o/${NOORD}`);
	const evidence = page.getByRole('region', { name: /Verwerkersovereenkomsten en certificeringen die aflopen/ });
	await expect(evidence.getByRole('link', { name: supplier })).toBeVisible();
	await expect(evidence).toContainText('Verwerkersovereenkomst: loopt af op');
});

import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';
import { RisksPage, WorkflowPage } from './pages/lifecycle';
import { QuestionnairePage } from './pages/questionnaire';

/**
 * Issue 20's "done when": the ICT coordinator builds a local DPIA on the example pupil administration
 * model, does the inventarisatie, adds a local risk and submits; the FG advises and the board decides;
 * the admin adds version 2 of the model and the coordinator adopts it from the diff. Names carry a run
 * id, because the seeded server keeps what other tests register.
 */
const run = Date.now().toString(36);
const NAME = `LAS ${run}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function person(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await login(page, email);
	return page;
}

async function addExample(admin: Page, label: RegExp) {
	await admin.goto(`${SEEDED_URL}/o/${NOORD}/models`);
	await admin.waitForLoadState('networkidle');
	const add = admin.getByRole('button', { name: label });
	// another run on this seeded server may have added it already: the page then says it is there
	if (await add.count()) {
		await add.click();
		await expect(admin.getByText(/is toegevoegd\.|stond al in de bibliotheek/)).toBeVisible();
	}
}

test('a local DPIA from the example pupil administration model: inventarisatie, decision, and the update to version 2', async ({ browser }) => {
	test.setTimeout(300_000);
	const admin = await person(browser, 'admin@noord.test');
	await addExample(admin, /Toevoegen Voorbeeld Leerlingadministratie v1/);
	await expect(admin.getByRole('row', { name: /Voorbeeld Leerlingadministratie/ }).first()).toContainText('voorbeeld, geen officiële model-DPIA');
	await expectNoAxeViolations(admin);

	// The coordinator's form posts in the inventarisatie are counted: the issue allows at most 40.
	const eva = await person(browser, 'editor@noord.test');
	let posts = 0;
	eva.on('request', (request) => {
		if (request.method() === 'POST') posts++;
	});
	await eva.goto(`${SEEDED_URL}/o/${NOORD}/models`);
	await eva.waitForLoadState('networkidle');
	const row = eva.getByRole('row', { name: /Voorbeeld Leerlingadministratie/ }).first();
	await row.getByLabel('Naam (optioneel)').fill(NAME);
	await row.getByRole('button', { name: /Start lokale DPIA/ }).click();
	await expect(eva.getByRole('heading', { level: 1, name: 'Inventarisatie model-DPIA' })).toBeVisible();
	await expect(eva.getByText(/Gebouwd op model-DPIA Voorbeeld Leerlingadministratie v1/)).toBeVisible();
	await expect(eva.locator('#inventory-open')).toHaveText('Nog te doen: 3 risico\'s, 3 schoolmaatregelen, 0 gewijzigde antwoorden zonder reden.');
	const dpia = new URL(eva.url()).pathname.replace(/\/model$/, '');
	await eva.waitForLoadState('networkidle');

	// "not in our situation" without a reason is refused beside the field, with the choice kept
	const lek = eva.locator('#risk-lek');
	await lek.getByLabel('Niet in onze situatie', { exact: true }).check();
	await lek.getByRole('button', { name: /Opslaan/ }).click();
	await expect(lek.getByText('Schrijf de reden op.')).toBeVisible();
	await expect(lek.getByLabel('Reden', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await lek.getByLabel('Reden', { exact: true }).fill('Onze scholen gebruiken de eigen hostingomgeving van het bestuur, niet die van de leverancier.');
	await lek.getByRole('button', { name: /Opslaan/ }).click();
	await expect(eva.getByText('Opgeslagen.')).toBeVisible();
	for (const key of ['toegang', 'hergebruik']) {
		await eva.locator(`#risk-${key}`).getByLabel('Speelt bij ons', { exact: true }).check();
		await eva.locator(`#risk-${key}`).getByRole('button', { name: /Opslaan/ }).click();
		await expect(eva.locator(`#risk-${key}`).getByLabel('Speelt bij ons', { exact: true })).toBeChecked();
	}
	for (const key of ['rollen', 'vo']) {
		await eva.locator(`#measure-${key}`).getByLabel('Hebben we al', { exact: true }).check();
		await eva.locator(`#measure-${key}`).getByRole('button', { name: /Opslaan/ }).click();
		await expect(eva.locator(`#measure-${key}`).getByLabel('Hebben we al', { exact: true })).toBeChecked();
	}
	const uitstroom = eva.locator('#measure-uitstroom');
	await uitstroom.getByLabel('Gaan we doen', { exact: true }).check();
	await uitstroom.getByLabel(/^Wie/).fill('Systeembeheerder');
	await uitstroom.getByLabel(/^Wanneer klaar/).fill(inDays(60));
	await uitstroom.getByRole('button', { name: /Opslaan/ }).click();
	await expect(eva.locator('#inventory-open')).toHaveText('De inventarisatie is af.');
	await expectNoAxeViolations(eva);

	// a local risk of its own, from the catalogue; the two generic risks that apply are marked as the model's
	const risks = new RisksPage(eva, dpia);
	await risks.open();
	await risks.addFromCatalogue('R02');
	await expect(eva.getByTestId('from-model')).toHaveCount(2);

	// the questionnaire says beside each answer that it came from the model
	await eva.goto(`${SEEDED_URL}${dpia}/questionnaire/1`);
	await expect(eva.locator('[data-testid="model-answer"][data-key="1.1"]')).toHaveText(/uit model-DPIA Voorbeeld Leerlingadministratie v1/);

	// the questions the school answers itself
	const questionnaire = new QuestionnairePage(eva, dpia);
	await questionnaire.fill({ id: '0', answers: [{ q: '0.4', pick: ['Leerlingen jonger dan 16'] }, { q: '0.4', detail: 'Aantal: Leerlingen jonger dan 16', text: '2400' }] });
	await questionnaire.fill({ id: '7', answers: [{ q: '7.1', text: 'School: een betrouwbare administratie. Ouders: inzage. Leverancier: de dienst leveren.' }, { q: '7.2', pick: ['(G)MR'] }, { q: '7.3', text: 'De GMR vraagt om de logs jaarlijks te bekijken.' }] });
	await questionnaire.fill({ id: '10', answers: [{ q: '10.3', text: 'De administratie' }] });
	await questionnaire.fill({ id: '15', answers: [{ q: '15.1', everyRow: 'Ja' }, { q: '15.4', text: 'Via de directeur, binnen een maand' }] });
	await questionnaire.fill({ id: '18', answers: [{ q: '18.1', text: 'Het systeem mag worden gebruikt met de maatregelen uit de model-DPIA en de eigen maatregelen.' }] });
	expect(posts, 'form actions in the inventarisatie').toBeLessThanOrEqual(40);

	const evaFlow = new WorkflowPage(eva, dpia);
	await evaFlow.open();
	await evaFlow.submit();
	await expect(evaFlow.state()).toHaveText('Ter beoordeling bij de FG');

	const frank = new WorkflowPage(await person(browser, 'fg@noord.test'), dpia);
	await frank.open();
	await frank.advise('Positief', 'De model-DPIA en de eigen inventarisatie dekken de risico\'s.');
	const bram = new WorkflowPage(await person(browser, 'bestuur@noord.test'), dpia);
	await bram.open();
	await bram.decide({ kind: 'Doorgaan', motivation: 'Volgens het advies van de FG.', acceptance: 'Het bestuur aanvaardt de resterende risico\'s.' });
	await bram.signOff();
	await expect(bram.state()).toHaveText('Vastgesteld (in werking)');

	// the finished DPIA can be shared as a model file, without the names of the people who worked on it
	await bram.page.goto(`${SEEDED_URL}${dpia}`);
	const [download] = await Promise.all([bram.page.waitForEvent('download'), bram.page.getByTestId('share-model').click()]);
	const shared = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(shared.identity).toMatchObject({ system: NAME, modelVersion: 1, publisher: 'Stichting Onderwijs Noord' });
	expect(JSON.stringify(shared)).not.toMatch(/Systeembeheerder|@noord\.test/);

	// version 2 of the model: the DPIA offers it with the diff, and the coordinator adopts it
	await addExample(admin, /Toevoegen Voorbeeld Leerlingadministratie v2/);
	await eva.goto(`${SEEDED_URL}${dpia}`);
	// a newer model version is a reason the review is due: on the overview and in the register, filtered by model
	await expect(eva.getByTestId('model-basis')).toContainText('Herbeoordeling nodig: er is een nieuwe versie van de model-DPIA (versie 2).');
	await eva.goto(`${SEEDED_URL}/o/${NOORD}/processings?q=${encodeURIComponent(NAME)}`);
	await eva.getByLabel('Model-DPIA', { exact: true }).selectOption({ label: 'Voorbeeld Leerlingadministratie (DPIA Wijzer (voorbeeld))' });
	await eva.getByRole('button', { name: 'Zoeken', exact: true }).click();
	const registered = eva.getByTestId('register-row').filter({ hasText: NAME });
	await expect(registered).toContainText('Herbeoordeling nodig');
	await expect(registered.getByTestId('review-reason')).toHaveText('Nieuwe modelversie');
	await eva.goto(`${SEEDED_URL}${dpia}`);
	await eva.goto(`${SEEDED_URL}${dpia}/model/update`);
	await eva.waitForLoadState('networkidle');
	await expect(eva.getByRole('heading', { level: 1, name: 'Nieuwe versie van de model-DPIA' })).toBeVisible();
	await expect(eva.getByText('Geen analysegegevens naar derden: afgesproken (2026-09-01) → genomen')).toBeVisible();
	await expect(eva.getByText(/Te veel gegevens via koppelingen naar leermiddelen: nieuw/)).toBeVisible();
	await expectNoAxeViolations(eva);
	await eva.getByRole('button', { name: 'Nieuwe modelversie overnemen' }).click();
	await expect(eva.getByText('De nieuwe modelversie is overgenomen.')).toBeVisible();
	await expect(eva.getByText(/Gebouwd op model-DPIA Voorbeeld Leerlingadministratie v2/)).toBeVisible();
	// the new risk and school measure of version 2 are the school's to decide; the rest stays decided
	await expect(eva.locator('#inventory-open')).toHaveText('Nog te doen: 1 risico\'s, 1 schoolmaatregelen, 0 gewijzigde antwoorden zonder reden.');
	await eva.goto(`${SEEDED_URL}${dpia}/workflow`);
	await expect(new WorkflowPage(eva, dpia).state()).toHaveText('Concept');

	// changing a model answer in the questionnaire asks there why, and the answer stays marked as changed
	await questionnaire.fill({ id: '1', answers: [{ q: '1.1', text: 'Onze eigen omschrijving van de invoering.' }] });
	const note = eva.locator('[data-testid="model-answer"][data-key="1.1"]');
	await expect(note).toContainText('gewijzigd, reden ontbreekt');
	await note.getByLabel('Dit antwoord wijkt af van de model-DPIA. Waarom?').fill('Wij voeren het systeem stapsgewijs in.');
	await note.getByRole('button', { name: 'Reden opslaan' }).click();
	await expect(note).toContainText('lokaal gewijzigd: Wij voeren het systeem stapsgewijs in.');
	await expectNoAxeViolations(eva);
});

test('a local DPIA under a name already in the register is asked about first, without JavaScript too', async ({ browser }) => {
	const admin = await person(browser, 'admin@noord.test');
	await addExample(admin, /Toevoegen Voorbeeld Camerasysteem Schoolgebouw v1/);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const eva = await context.newPage();
	await login(eva, 'editor@noord.test');
	const name = `Camera’s De Linde ${run}`;
	const start = async () => {
		await eva.goto(`${SEEDED_URL}/o/${NOORD}/models`);
		const row = eva.getByRole('row', { name: /Voorbeeld Camerasysteem Schoolgebouw/ }).first();
		await row.getByLabel('Naam (optioneel)').fill(name);
		await row.getByRole('button', { name: /Start lokale DPIA/ }).click();
		return row;
	};
	await start();
	await expect(eva.getByRole('heading', { level: 1, name: 'Inventarisatie model-DPIA' })).toBeVisible();
	const first = new URL(eva.url()).pathname;

	const row = await start();
	const clash = row.locator('[data-same-name]');
	await expect(clash).toContainText('Er staat al een verwerking met deze naam in het register.');
	await expect(row.getByLabel('Naam (optioneel)')).toHaveValue(name);
	await expect(clash.getByRole('link', { name })).toHaveAttribute('href', new RegExp(`^/o/${NOORD}/processings/[0-9a-f-]{36}$`));

	await row.getByLabel('Toch een nieuwe verwerking met deze naam aanmaken').check();
	await row.getByRole('button', { name: /Start lokale DPIA/ }).click();
	await expect(eva.getByRole('heading', { level: 1, name: 'Inventarisatie model-DPIA' })).toBeVisible();
	expect(new URL(eva.url()).pathname).not.toBe(first);
	await context.close();
});

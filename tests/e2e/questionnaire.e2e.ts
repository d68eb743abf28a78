import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD } from './helpers';
import { QuestionnairePage } from './pages/questionnaire';

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, email);
	return page;
}

test.describe('questionnaire', () => {
	// each test registers its own tool and runs the pre-scan first, some in two browsers
	test.describe.configure({ timeout: 150_000 });

	test('an editor fills sections: progress, autosave, live conditions, lists and refused answers kept', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const dpia = await QuestionnairePage.startDpia(page, NOORD, `Rekentuin ${Date.now()}`);
		await page.getByRole('link', { name: 'Vragenlijst' }).click();
		await expect(page.getByRole('heading', { level: 1, name: /^Vragenlijst: Rekentuin/ })).toBeVisible();
		await expect(dpia.navigator().getByRole('link', { name: /§1 Voorstel.*0 van 2 beantwoord · 2 verplicht open/ })).toBeVisible();
		await expectNoAxeViolations(page);

		// a missing question links straight to its place in the section
		await page.getByTestId('missing-questions').getByRole('link', { name: '1.1 Wat wordt ingevoerd of gewijzigd?' }).click();
		await expect(page).toHaveURL(/\/questionnaire\/1#q-1\.1$/);
		await page.waitForLoadState('networkidle');
		await page.getByLabel('1.1 Wat wordt ingevoerd of gewijzigd?').fill('Een adaptieve rekenmethode voor groep 4 tot en met 8.');
		await page.getByLabel('1.2 Aanleiding en beweegredenen').fill('Leerlingen oefenen op hun eigen niveau.');
		await dpia.expectSaved();
		await expect(dpia.navigator().getByRole('link', { name: /§1 Voorstel.*2 van 2 beantwoord · compleet/ })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.reload();
		await expect(page.getByLabel('1.2 Aanleiding en beweegredenen')).toHaveValue('Leerlingen oefenen op hun eigen niveau.');

		// conditional questions follow the answers as they are given
		await dpia.section('4', 'Technieken');
		const explanation = page.getByLabel('4.2 Toelichting per techniek');
		await expect(explanation).toHaveCount(0);
		await page.getByRole('group', { name: /4\.1 Welke technieken/ }).getByLabel('Profilering', { exact: true }).check();
		await expect(explanation).toBeVisible();
		await expect(page.getByRole('group', { name: /4\.3 Wie beslist/ })).toBeVisible();
		await page.getByRole('group', { name: /4\.1 Welke technieken/ }).getByLabel('Profilering', { exact: true }).uncheck();
		await expect(explanation).toHaveCount(0);

		// a list section: add an item, answer it, pick what it refers to
		await dpia.section('2', 'Persoonsgegevens');
		await page.getByRole('button', { name: 'Item toevoegen' }).click();
		const item = page.locator('section[aria-labelledby^="item-"]').first();
		await expect(item.getByRole('heading', { name: 'Item 1' })).toBeFocused();
		await item.getByRole('group', { name: /2\.1 Gegeven/ }).getByLabel('Leerlingnummer').check();
		await item.getByRole('group', { name: /2\.2 Van welke betrokkene/ }).getByLabel('Leerlingen jonger dan 16').check();
		await item.getByLabel('2.4 Oorspronkelijk doel').fill('Inschrijving');
		await dpia.save();
		await dpia.expectSaved();
		await expect(page.getByRole('region', { name: 'Leerlingnummer' })).toBeVisible();

		// a refused answer: the message is at the field, and everything typed is still there
		await dpia.section('10', 'Bewaren');
		await page.getByLabel('Aantal', { exact: true }).fill('twee');
		await page.getByLabel('Eenheid').selectOption('year');
		await page.getByLabel('Startmoment').fill('na vertrek van de leerling');
		await page.getByLabel('10.3 Wie bewaakt de termijn?').fill('De administratie');
		await dpia.save();
		// the message says what form is expected, and the field points at it
		const refused = page.getByText('Vul een getal in, bijvoorbeeld 120.');
		await expect(refused).toBeVisible();
		await expect(page.getByLabel('Aantal', { exact: true })).toHaveValue('twee');
		await expect(page.getByLabel('Aantal', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Aantal', { exact: true })).toHaveAttribute('aria-describedby', new RegExp(`\\b${await refused.getAttribute('id')}\\b`));
		await expect(dpia.status()).toHaveText(/Niet alle antwoorden zijn opgeslagen/);
		await page.getByLabel('Voorgestelde termijn').selectOption({ label: 'Leerlinggegevens: 2 jaar na vertrek' });
		await expect(page.getByLabel('Aantal', { exact: true })).toHaveValue('2');
		await dpia.save();
		await dpia.expectSaved();
		await expect(page.getByText('Vul een getal in, bijvoorbeeld 120.')).toHaveCount(0);
		await expect(page.getByLabel('10.3 Wie bewaakt de termijn?')).toHaveValue('De administratie');
	});

	test('two people save the same section: the second sees both versions and chooses', async ({ browser }) => {
		const eva = await signedIn(browser, 'editor@noord.test');
		const dpia = await QuestionnairePage.startDpia(eva, NOORD, `Toetsplatform ${Date.now()}`);
		const anna = dpia.on(await signedIn(browser, 'admin@noord.test'));
		await dpia.section('18', 'Managementsamenvatting');
		await anna.section('18', 'Managementsamenvatting');

		await eva.getByLabel('18.1 Samenvatting').fill('Samenvatting van Eva');
		await dpia.save();
		await dpia.expectSaved();

		await anna.page.getByLabel('18.1 Samenvatting').fill('Samenvatting van Anna');
		await anna.save();
		const conflict = anna.page.getByTestId('conflict');
		await expect(conflict).toContainText('Iemand anders heeft deze paragraaf intussen opgeslagen');
		await expect(conflict.getByRole('row', { name: /18\.1 Samenvatting/ })).toContainText('Samenvatting van Anna');
		await expect(conflict.getByRole('row', { name: /18\.1 Samenvatting/ })).toContainText('Samenvatting van Eva');
		await expect(conflict).toContainText('Opgeslagen door Eva Jansen');
		await expectNoAxeViolations(anna.page);
		await conflict.getByRole('button', { name: 'Mijn versie opslaan' }).click();
		await anna.expectSaved();
		await expect(conflict).toHaveCount(0);

		// Eva's page is now behind: her next save conflicts, and she takes the stored version
		await eva.getByLabel('18.1 Samenvatting').fill('Nog een versie van Eva');
		await dpia.save();
		await eva.getByTestId('conflict').getByRole('link', { name: 'De opgeslagen versie overnemen' }).click();
		await expect(eva.getByLabel('18.1 Samenvatting')).toHaveValue('Samenvatting van Anna');
		await eva.reload();
		await expect(eva.getByLabel('18.1 Samenvatting')).toHaveValue('Samenvatting van Anna');
	});

	test('the FG reads without editing, comments per question and resolves; leaving with unsaved changes warns', async ({ browser }) => {
		const eva = await signedIn(browser, 'editor@noord.test');
		const dpia = await QuestionnairePage.startDpia(eva, NOORD, `Leesapp ${Date.now()}`);
		const frank = dpia.on(await signedIn(browser, 'fg@noord.test'));
		await frank.section('0', 'Intake');
		await expect(frank.page.getByText('U kunt de antwoorden lezen, maar niet wijzigen.')).toBeVisible();
		await expect(frank.page.getByRole('button', { name: 'Opslaan', exact: true })).toHaveCount(0);
		const thread = frank.page.locator('#q-0\\.2 details');
		await thread.getByText('Opmerkingen bij 0.2 (0)').click();
		await thread.getByLabel('Nieuwe opmerking').fill('Noem ook welke groepen het gebruiken.');
		await thread.getByRole('button', { name: 'Opmerking plaatsen' }).click();
		await expect(frank.page.getByText('Uw opmerking is geplaatst.')).toBeVisible();
		await expect(thread).toContainText('Noem ook welke groepen het gebruiken.');
		await expectNoAxeViolations(frank.page);
		await thread.getByRole('button', { name: 'Markeer als afgehandeld' }).click();
		await expect(frank.page.locator('#q-0\\.2 summary')).toHaveText(/Opmerkingen bij 0\.2 \(1\) · afgehandeld/);

		await dpia.section('0', 'Intake');
		await expect(eva.locator('#q-0\\.2 summary')).toHaveText(/Opmerkingen bij 0\.2 \(1\)/);
		// 0.6 offers the pre-scan's criteria; it is saved as answered once the reasoning is written
		const reasons = eva.getByLabel('Motivering per criterium');
		await reasons.fill(`${await reasons.inputValue()}\nDe app volgt het leesniveau van elke leerling.`);
		await eva.getByLabel('0.1 Naam van de verwerking of tool').fill('Leesapp (nieuwe naam)');
		// the question blocks the page until answered, so it is answered from the event handler
		const asked: string[] = [];
		eva.once('dialog', (dialog) => {
			asked.push(dialog.message());
			void dialog.dismiss();
		});
		await dpia.navigator().getByRole('link', { name: /§1 Voorstel/ }).click();
		await expect.poll(() => asked).toEqual([expect.stringContaining('wijzigingen die nog niet zijn opgeslagen')]);
		await expect(eva).toHaveURL(/\/questionnaire\/0$/);
		await dpia.expectSaved();
	});

	test('without JavaScript the save button saves, a refused answer keeps what was typed, and items can be added', async ({ browser }) => {
		const eva = await signedIn(browser, 'editor@noord.test');
		const dpia = await QuestionnairePage.startDpia(eva, NOORD, `Woordenschat ${Date.now()}`);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = dpia.on(await context.newPage());
		await login(plain.page, 'editor@noord.test');

		await plain.page.goto(`${dpia.dpia}/questionnaire/1`);
		await plain.page.getByLabel('1.1 Wat wordt ingevoerd of gewijzigd?').fill('Een woordenschatprogramma voor groep 5.');
		await plain.save();
		await plain.page.goto(`${dpia.dpia}/questionnaire/1`);
		await expect(plain.page.getByLabel('1.1 Wat wordt ingevoerd of gewijzigd?')).toHaveValue('Een woordenschatprogramma voor groep 5.');

		await plain.page.goto(`${dpia.dpia}/questionnaire/10`);
		await plain.page.getByLabel('Aantal', { exact: true }).fill('twee');
		await plain.page.getByLabel('10.3 Wie bewaakt de termijn?').fill('De administratie');
		await plain.save();
		await expect(plain.page.getByText('Vul een getal in, bijvoorbeeld 120.')).toBeVisible();
		await expect(plain.page.getByLabel('Aantal', { exact: true })).toHaveValue('twee');
		await expect(plain.page.getByLabel('10.3 Wie bewaakt de termijn?')).toHaveValue('De administratie');

		await plain.page.goto(`${dpia.dpia}/questionnaire/2`);
		await plain.page.getByRole('button', { name: 'Item toevoegen' }).click();
		await expect(plain.page.getByRole('heading', { level: 3, name: 'Item 1' })).toBeVisible();
		await context.close();
	});
});

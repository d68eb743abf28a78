import { expect, type Page } from '@playwright/test';
import { give } from './answers';
import { PrescanFlow } from './prescan';
import type { SectionAnswers } from './snappet';

/**
 * The questionnaire pages as an editor or the FG meets them (Dutch UI). A DPIA to work on is made the way
 * a school makes one: register the tool, run the pre-scan, start the DPIA.
 */
export class QuestionnairePage {
	constructor(
		readonly page: Page,
		/** The DPIA's address, /o/<org>/assessments/<id>. */
		readonly dpia: string
	) {}

	static async startDpia(page: Page, org: string, name: string): Promise<QuestionnairePage> {
		const flow = new PrescanFlow(page, org);
		await flow.register(name, 'Rekenen BV', 'Leerlingen oefenen sommen; het programma past de opgaven aan.');
		await flow.answer({ subjects: ['Leerlingen jonger dan 16'], yes: [/Beoordeelt of voorspelt het systeem/, /Gaat het om veel mensen/], minors: true });
		await page.getByRole('button', { name: 'Start de DPIA' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `DPIA: ${name}` })).toBeVisible();
		return new QuestionnairePage(page, new URL(page.url()).pathname);
	}

	/** The same DPIA in another browser (another person). */
	on(page: Page): QuestionnairePage {
		return new QuestionnairePage(page, this.dpia);
	}

	async overview(): Promise<void> {
		await this.page.goto(`${this.dpia}/questionnaire`);
		await this.page.waitForLoadState('networkidle');
		await expect(this.page.getByRole('heading', { level: 1, name: /^Vragenlijst: / })).toBeVisible();
	}

	async section(id: string, title: string): Promise<void> {
		await this.page.goto(`${this.dpia}/questionnaire/${id}`);
		// the form saves through JavaScript once hydrated; acting earlier would post the plain form
		await this.page.waitForLoadState('networkidle');
		await expect(this.page.getByRole('heading', { level: 1, name: `§${id} ${title}` })).toBeVisible();
	}

	navigator() {
		return this.page.getByRole('navigation', { name: 'Paragrafen van de vragenlijst' });
	}

	status() {
		return this.page.getByTestId('save-status');
	}

	async save(): Promise<void> {
		await this.page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	}

	async expectSaved(): Promise<void> {
		await expect(this.status()).toHaveText(/Concept opgeslagen om \d\d:\d\d/);
	}

	/** Opens a section, gives its answers (adding one list item per answer list) and saves it. */
	async fill(section: SectionAnswers): Promise<void> {
		await this.page.goto(`${this.dpia}/questionnaire/${section.id}`);
		await this.page.waitForLoadState('networkidle');
		await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^§${section.id} `) })).toBeVisible();
		const form = this.page.locator('main');
		for (const answer of section.answers ?? []) await give(form, answer);
		for (const answers of section.items ?? []) {
			await this.page.getByRole('button', { name: 'Item toevoegen' }).click();
			const item = this.page.locator('section[aria-labelledby^="item-"]').last();
			await expect(item.getByRole('heading', { level: 3 })).toBeFocused();
			for (const answer of answers) await give(item, answer, true);
		}
		await this.save();
		await this.expectSaved();
	}
}

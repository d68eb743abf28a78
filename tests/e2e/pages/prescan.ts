import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers';

export interface PrescanAnswers {
	subjects: string[];
	yes: RegExp[];
	minors?: boolean;
}

/** "Nieuwe verwerking" and the pre-scan screens, as an editor meets them (Dutch UI). */
export class PrescanFlow {
	constructor(
		readonly page: Page,
		readonly org: string
	) {}

	async register(name: string, vendor: string, description: string): Promise<void> {
		await this.page.goto(`/o/${this.org}/processings`);
		await this.page.getByRole('link', { name: 'Nieuwe verwerking' }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: 'Nieuwe verwerking' })).toBeVisible();
		await expectNoAxeViolations(this.page);
		await this.page.getByLabel('Naam van de tool of verwerking').fill(name);
		await this.page.getByLabel('Leverancier').fill(vendor);
		await this.page.getByLabel('Korte beschrijving').fill(description);
		await this.page.getByLabel('OBS De Linde').check();
		await this.page.getByRole('button', { name: 'Opslaan en naar de pre-scan' }).click();
		await expect(this.page.getByRole('heading', { level: 1, name: `Pre-scan: ${name}` })).toBeVisible();
	}

	/** Walks the five screens; every question not named in `yes` is answered "Nee". */
	async answer(answers: PrescanAnswers, scanEachScreen = false): Promise<void> {
		const page = this.page;
		await page.waitForLoadState('networkidle');
		for (const subject of answers.subjects) await page.getByLabel(subject, { exact: true }).check();
		const minors = page.getByRole('group', { name: /vooral bedoeld voor kinderen/ });
		await minors.getByLabel(answers.minors ? 'Ja' : 'Nee', { exact: true }).check();
		for (let screen = 0; screen < 5; screen++) {
			if (scanEachScreen) await expectNoAxeViolations(page);
			for (const question of answers.yes) {
				const group = page.getByRole('group', { name: question });
				if (await group.count()) await group.getByLabel('Ja', { exact: true }).check();
			}
			const next = page.getByRole('button', { name: screen === 4 ? 'Bekijk de uitkomst' : 'Volgende' });
			await next.click();
			if (screen < 4) await expect(page.getByText(`Stap ${screen + 2} van 5`)).toBeVisible();
		}
		await expect(page.getByRole('heading', { level: 2, name: 'Uitkomst van de pre-scan' })).toBeVisible();
	}
}

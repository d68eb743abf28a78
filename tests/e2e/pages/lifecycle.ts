import { expect, type Page } from '@playwright/test';

/** Forms are enhanced once the page has hydrated; acting earlier can lose a click in a slow browser. */
async function visit(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

/**
 * Page objects for the DPIA lifecycle pages (risks, measures, workflow, (G)MR view). Labels are the Dutch
 * UI texts; the seeded server runs in Dutch (playwright.config.ts locale nl-NL).
 */
export class RisksPage {
	constructor(
		readonly page: Page,
		readonly base: string
	) {}

	async open(): Promise<void> {
		await visit(this.page, `${this.base}/risks`);
		await expect(this.page.getByRole('heading', { level: 1, name: "Risico's" })).toBeVisible();
	}

	/** Adds a catalogue risk; its usual mitigations arrive as planned measures. */
	async addFromCatalogue(id: string): Promise<void> {
		await this.page.getByLabel('Risico uit de catalogus').selectOption(id);
		await this.page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
		await expect(this.page.getByText(new RegExp(`Risico ${id} is toegevoegd`))).toBeVisible();
	}

	/** Sets severity, likelihood and the residual scores of a risk through its edit form. */
	async score(title: RegExp, scores: { severity: number; likelihood: number; residual: [number, number] }): Promise<void> {
		await this.page.getByRole('link', { name: new RegExp(`${title.source} bewerken`) }).click();
		await this.page.waitForLoadState('networkidle');
		await this.page.getByLabel('Ernst', { exact: true }).selectOption(String(scores.severity));
		await this.page.getByLabel('Kans', { exact: true }).selectOption(String(scores.likelihood));
		await this.page.getByLabel('Ernst na maatregelen').selectOption(String(scores.residual[0]));
		await this.page.getByLabel('Kans na maatregelen').selectOption(String(scores.residual[1]));
		await this.page.getByRole('button', { name: 'Risico opslaan' }).click();
		await expect(this.page.getByText('Het risico is opgeslagen.')).toBeVisible();
	}
}

export class MeasuresPage {
	constructor(
		readonly page: Page,
		readonly base: string
	) {}

	async add(measure: { title: string; owner: string; dueOn: string; risks: RegExp[] }): Promise<void> {
		await visit(this.page, `${this.base}/measures/new`);
		await this.page.getByLabel('Maatregel', { exact: true }).fill(measure.title);
		await this.page.getByLabel('Eigenaar').fill(measure.owner);
		await this.page.getByLabel('Uiterlijk klaar op').fill(measure.dueOn);
		for (const risk of measure.risks) await this.page.getByRole('checkbox', { name: risk }).check();
		await this.page.getByRole('button', { name: 'Maatregel opslaan' }).click();
		await expect(this.page.getByText('De maatregel is opgeslagen.')).toBeVisible();
	}
}

export class WorkflowPage {
	constructor(
		readonly page: Page,
		readonly base: string
	) {}

	async open(): Promise<void> {
		await visit(this.page, `${this.base}/workflow`);
	}

	state() {
		return this.page.getByTestId('workflow-state');
	}

	private async run(button: string): Promise<void> {
		await this.page.getByRole('button', { name: button }).click();
		await this.page.waitForURL(/workflow\?done=/);
	}

	async submit(): Promise<void> {
		await this.run('Indienen bij de FG');
	}

	async requestChanges(text: string): Promise<void> {
		await this.page.getByLabel('Wat moet er worden aangepast?').fill(text);
		await this.run('Wijzigingen vragen');
	}

	async advise(verdict: 'Positief' | 'Positief, onder voorwaarden' | 'Negatief', text: string): Promise<void> {
		await this.page.getByLabel(verdict, { exact: true }).check();
		await this.page.getByLabel('Toelichting bij het advies').fill(text);
		await this.run('Advies vastleggen');
	}

	async decide(decision: { kind: 'Doorgaan' | 'Doorgaan onder voorwaarden'; motivation: string; acceptance: string; deviation?: string }): Promise<void> {
		await this.page.getByLabel(decision.kind, { exact: true }).check();
		await this.page.getByLabel('Motivering van het besluit').fill(decision.motivation);
		await this.page.getByLabel('Schriftelijke aanvaarding van het restrisico').fill(decision.acceptance);
		if (decision.deviation) await this.page.getByLabel('Motivering van de afwijking van het FG-advies').fill(decision.deviation);
		await this.run('Besluit vastleggen');
	}

	async share(): Promise<void> {
		await this.run('Delen met de (G)MR');
	}

	async signOff(): Promise<void> {
		await this.run('Vaststellen (in werking)');
	}
}

export class SharedPage {
	constructor(
		readonly page: Page,
		readonly orgBase: string
	) {}

	async openShare(name: RegExp): Promise<void> {
		await visit(this.page, `${this.orgBase}/shared`);
		await this.page.getByRole('link', { name }).click();
		await this.page.waitForLoadState('networkidle');
	}

	async respond(kind: 'Zienswijze' | 'Instemming' | 'Instemming geweigerd', text: string): Promise<void> {
		await this.page.getByLabel(kind, { exact: true }).check();
		await this.page.getByLabel('Reactie van de raad').fill(text);
		await this.page.getByRole('button', { name: 'Reactie vastleggen' }).click();
		await expect(this.page.getByText('De reactie van de (G)MR is vastgelegd.')).toBeVisible();
	}
}

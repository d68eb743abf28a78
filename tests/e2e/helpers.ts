import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** E2E_PORT lets a second checkout run the suite beside this one (playwright.config.ts reads it too). */
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const EMPTY_URL = `http://localhost:${PORT}`;
export const SEEDED_URL = `http://localhost:${PORT + 1}`;
/** Password of every seeded account (tests/e2e/seed.sh). */
export const PASSWORD = 'Welkom-2026!';
export const NOORD = 'stichting-noord';
export const ZUID = 'stichting-zuid';

/** Logs in on the seeded server through the real login form. */
export async function login(page: Page, email: string, password = PASSWORD, baseUrl = SEEDED_URL): Promise<void> {
	await page.goto(`${baseUrl}/login`);
	// hydration sets the e-mail field to its (empty) value, so typing earlier can be wiped on a busy machine
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/e-mail/i).fill(email);
	await page.getByLabel(/^(wachtwoord|password)$/i).fill(password);
	await page.getByRole('button', { name: /inloggen|log in/i }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

export async function logout(page: Page): Promise<void> {
	await page.request.post('/logout', { headers: { origin: new URL(page.url()).origin } });
}

/** WCAG 2.1 A/AA scan of the current page: zero violations, with the rule ids in the failure message. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

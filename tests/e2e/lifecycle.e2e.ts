import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';

/**
 * DPIA lifecycle, the parts that need only the seeded accounts: the (G)MR's shared view, the review
 * calendar and organisation boundaries. The whole journey of one DPIA is journey.e2e.ts.
 */
test.describe('lifecycle: shared view and review calendar', () => {
	test('a (G)MR member finds the shared DPIAs in the menu and cannot edit risks', async ({ page }) => {
		await login(page, 'gmr@noord.test');
		await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gedeeld met (G)MR' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gedeeld met de (G)MR' })).toBeVisible();
		await expectNoAxeViolations(page);
		const response = await page.goto(`${SEEDED_URL}/o/${NOORD}/admin/calendar`);
		expect(response?.status()).toBe(403);
	});

	test('the admin publishes a secret calendar URL that serves RFC 5545 text, and can rotate it', async ({ page, request }) => {
		await login(page, 'admin@noord.test');
		await page.goto(`${SEEDED_URL}/o/${NOORD}/admin/calendar`);
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: /Agendalink aanmaken|Nieuwe agendalink maken/ }).click();
		const url = await page.getByLabel(/Uw nieuwe agendalink/).inputValue();
		expect(url).toMatch(/\/calendar\/[a-z2-9]{32}$/);
		const feed = await request.get(url);
		expect(feed.status()).toBe(200);
		expect(feed.headers()['content-type']).toContain('text/calendar');
		const body = await feed.text();
		expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(body.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

		await page.getByRole('button', { name: /Nieuwe agendalink maken/ }).click();
		await expect(page.getByLabel(/Uw nieuwe agendalink/)).not.toHaveValue(url);
		expect((await request.get(url)).status()).toBe(404);
	});

	test('another board’s pages are not found, not forbidden', async ({ page }) => {
		await login(page, 'admin@zuid.test');
		for (const path of ['shared', 'admin/calendar']) {
			const response = await page.goto(`${SEEDED_URL}/o/${NOORD}/${path}`);
			expect(response?.status(), path).toBe(404);
		}
	});
});

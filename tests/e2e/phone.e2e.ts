import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, NOORD } from './helpers';
import { RisksPage } from './pages/lifecycle';
import { QuestionnairePage } from './pages/questionnaire';

/** Issue 19: at phone width (390 px) no page scrolls sideways and a section's first question is on the first screen. */
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
	expect(scrollWidth, `page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

test('questionnaire and risk page at 390 px: first question on the first screen, nothing scrolls sideways', async ({ page }) => {
	test.setTimeout(150_000);
	await login(page, 'editor@noord.test');
	const dpia = await QuestionnairePage.startDpia(page, NOORD, `Telefoon ${Date.now()}`);
	await expectNoSidewaysScroll(page);

	await page.goto(`${dpia.dpia}/questionnaire/1`);
	await page.waitForLoadState('networkidle');
	// the section list is folded away behind its summary, and opens without script
	const folded = page.getByTestId('section-list-folded');
	await expect(folded).not.toHaveAttribute('open');
	const first = page.getByLabel('1.1 Wat wordt ingevoerd of gewijzigd?');
	const box = await first.boundingBox();
	expect(box, 'first question is laid out').not.toBeNull();
	expect(box!.y + box!.height).toBeLessThanOrEqual(844);
	await expectNoSidewaysScroll(page);
	await expectNoAxeViolations(page);
	await folded.locator('summary').click();
	await expect(folded.getByRole('link', { name: /§1 Voorstel/ })).toBeVisible();

	const risks = new RisksPage(page, dpia.dpia);
	await risks.open();
	await risks.addFromCatalogue('R03');
	await expectNoSidewaysScroll(page);
	await expectNoAxeViolations(page);
});

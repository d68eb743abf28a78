import { expect, test, type Browser, type Page } from '@playwright/test';
import { recipientsOf, startTestSmtp, type TestMailbox } from '../../src/lib/server/testing/smtp';
import { login, SEEDED_URL } from './helpers';
import { WorkflowPage } from './pages/lifecycle';

/**
 * Issue 22's mail, end to end: the seeded server sends to SMTP on E2E_PORT + 1 + 2000 (start-server.sh),
 * where this file runs a real SMTP server. The board "stichting-mail" holds one imported DPIA, ready for
 * the FG (seed.sh).
 */
const SMTP_PORT = Number(process.env.E2E_PORT ?? 4173) + 1 + 2000;
const ORG = 'stichting-mail';

test.describe.configure({ mode: 'serial' });

let mailbox: TestMailbox;
test.beforeAll(async () => {
	mailbox = await startTestSmtp(SMTP_PORT);
});
test.afterAll(async () => {
	await mailbox?.stop();
});

async function person(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await login(page, email);
	return page;
}

function linkIn(text: string | undefined, pattern: RegExp): string {
	const found = (text ?? '').match(pattern);
	expect(found, `a link matching ${pattern} in the mail`).not.toBeNull();
	return found![0];
}

test('the editor submits a DPIA, the FG gets the mail and its link opens the DPIA', async ({ browser }) => {
	const editor = await person(browser, 'editor@mail.test');
	await editor.goto(`${SEEDED_URL}/o/${ORG}/processings`);
	await editor.locator(`a[href*="/o/${ORG}/assessments/"]`).first().click();
	const dpia = new URL(editor.url()).pathname.replace(/\/$/, '');
	const flow = new WorkflowPage(editor, dpia);
	await flow.open();
	// this board has an FG but nobody in the board's role: the page says so before the DPIA waits for no one
	const notice = editor.locator('[data-missing-role]');
	await expect(notice).toHaveCount(1);
	await expect(notice).toContainText('Niemand in dit bestuur heeft de rol Bestuur.');
	await expect(notice).toContainText('Vraag de beheerder van DPIA Wijzer om iemand met die rol uit te nodigen.');
	await flow.submit();
	await expect(flow.state()).toHaveText('Ter beoordeling bij de FG');

	const mail = await mailbox.waitFor((m) => recipientsOf(m).includes('fg@mail.test') && /Rekenapp Mail/.test(m.subject ?? ''));
	expect(mail.subject).toBe('DPIA ‘Rekenapp Mail’ wacht op advies van de FG');
	expect(mail.from?.value[0]?.address).toBe('dpia@e2e.test');
	expect(mail.headers.get('content-language')).toBe('nl');
	const link = linkIn(mail.text, new RegExp(`${SEEDED_URL}/o/${ORG}/assessments/[0-9a-f-]{36}`));
	expect(new URL(link).pathname).toBe(dpia);
	// the editor who submitted is not told of their own step
	expect(mailbox.to('editor@mail.test').filter((m) => /wacht op advies/.test(m.subject ?? ''))).toHaveLength(0);

	const fg = await person(browser, 'fg@mail.test');
	await fg.goto(link);
	await expect(fg).toHaveURL(link);
	await expect(fg.getByRole('heading', { level: 1, name: 'DPIA: Rekenapp Mail' })).toBeVisible();
});

test('a person resets a forgotten password through the mail, once', async ({ page }) => {
	await page.goto(`${SEEDED_URL}/login`);
	await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres').fill('editor@mail.test');
	await page.getByRole('button', { name: 'Stuur mij een link' }).click();
	await expect(page.getByText(/Als dit e-mailadres bij een account hoort/)).toBeVisible();

	const mail = await mailbox.waitFor((m) => recipientsOf(m).includes('editor@mail.test') && m.subject === 'Nieuw wachtwoord instellen voor DPIA Wijzer');
	const link = linkIn(mail.text, new RegExp(`${SEEDED_URL}/password-reset/[a-z2-9]{24}\\.[a-z2-9]{24}`));
	await page.goto(link);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Een-heel-nieuw-wachtwoord-2026');
	await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Een-heel-nieuw-wachtwoord-2026');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.getByText(/Uw wachtwoord is gewijzigd/)).toBeVisible();

	// the link is used up, and says so
	await page.goto(link);
	await expect(page.getByText(/Deze link is al gebruikt/)).toBeVisible();

	await login(page, 'editor@mail.test', 'Een-heel-nieuw-wachtwoord-2026');
	await expect(page).not.toHaveURL(/\/login/);
});

test('an unknown address gets the same answer and no mail', async ({ page }) => {
	await page.goto(`${SEEDED_URL}/password-forgotten`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mailadres').fill('niemand@mail.test');
	await page.getByRole('button', { name: 'Stuur mij een link' }).click();
	await expect(page.getByText(/Als dit e-mailadres bij een account hoort/)).toBeVisible();
	expect(mailbox.to('niemand@mail.test')).toHaveLength(0);
});

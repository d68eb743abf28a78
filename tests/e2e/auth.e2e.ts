import { expect, test, type Page } from '@playwright/test';
import { EMPTY_URL, expectNoAxeViolations, login, NOORD, SEEDED_URL } from './helpers';

/** Forms are enhanced once the page has hydrated; acting earlier can lose a click in a slow browser. */
async function visit(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
}

async function fillLogin(page: Page, email: string, password: string): Promise<void> {
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function logoutThroughMenu(page: Page, name: string): Promise<void> {
	await page.locator('summary', { hasText: name }).click();
	await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
	await expect(page).toHaveURL(/\/login\?notice=logout$/);
	await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
}

const ADMIN = { name: 'Sanne Setup', email: 'sanne@testbestuur.test', password: 'een lange zin als wachtwoord' };
const SLUG = 'stichting-testbestuur';

test.describe('first run and accounts (empty server)', () => {
	// One journey on the empty server: each step needs the state the previous one left behind.
	test.describe.configure({ mode: 'serial' });

	test('setup creates the board and its admin, then answers 404', async ({ page, request }) => {
		await visit(page, `${EMPTY_URL}/`);
		await expect(page).toHaveURL(/\/setup$/);
		await expect(page.getByRole('heading', { level: 1, name: 'DPIA Wijzer instellen' })).toBeVisible();
		await expectNoAxeViolations(page);

		// a mistake keeps what was typed and puts focus on the first wrong field
		await page.getByLabel('Naam van de organisatie').fill('Stichting Testbestuur');
		await page.getByLabel('Uw naam').fill(ADMIN.name);
		await page.getByLabel('E-mailadres').fill(ADMIN.email);
		await page.getByLabel('Wachtwoord', { exact: true }).fill('te kort');
		await page.getByLabel('Herhaal het wachtwoord').fill('te kort');
		await page.getByRole('button', { name: 'Organisatie en beheerder aanmaken' }).click();
		await expect(page.getByText('Een wachtwoord heeft minstens 12 tekens.')).toBeVisible();
		await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
		await expect(page.getByLabel('Uw naam')).toHaveValue(ADMIN.name);

		await page.getByLabel('Wachtwoord', { exact: true }).fill(ADMIN.password);
		await page.getByLabel('Herhaal het wachtwoord').fill(ADMIN.password);
		await page.getByRole('button', { name: 'Organisatie en beheerder aanmaken' }).click();
		await expect(page).toHaveURL(/\/login\?notice=setup$/);
		await expect(page.getByText('De organisatie en uw beheerdersaccount zijn aangemaakt.')).toBeVisible();

		const again = await request.get(`${EMPTY_URL}/setup`, { maxRedirects: 0 });
		expect(again.status()).toBe(404);
	});

	test('a wrong password gets one message that names neither field as the culprit', async ({ page }) => {
		await visit(page, `${EMPTY_URL}/login`);
		await fillLogin(page, ADMIN.email, 'niet het goede wachtwoord');
		await expect(page.getByRole('alert')).toHaveText('Het e-mailadres of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.');
		await expect(page.getByLabel('E-mailadres')).toHaveValue(ADMIN.email);
	});

	test('the admin invites a person, who logs in, chooses a password, accepts and logs out', async ({ page }) => {
		// two people, four logins and three accessibility scans: more than one default test budget
		test.setTimeout(120_000);
		await login(page, ADMIN.email, ADMIN.password, EMPTY_URL);
		await expect(page).toHaveURL(new RegExp(`/o/${SLUG}$`));
		// a board fresh from /setup is shown what to set up first, each step with its own link
		const steps = page.getByRole('region', { name: 'Aan de slag' });
		await expect(steps.getByRole('listitem')).toHaveCount(5);
		await expect(steps.locator('[data-done="true"]')).toHaveCount(0);
		await expectNoAxeViolations(page);
		await steps.getByRole('link', { name: 'FG uitnodigen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
		await expect(page.getByLabel('Rol', { exact: true })).toHaveValue('fg');
		await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
		await expect(page.getByLabel('Rol', { exact: true })).toHaveValue('viewer');
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page);

		await page.getByLabel('E-mailadres').fill('piet@testbestuur.test');
		await page.getByLabel('Naam', { exact: true }).fill('Piet Opsteller');
		await page.getByLabel('Rol', { exact: true }).selectOption('editor');
		await page.getByRole('button', { name: 'Uitnodigen' }).click();
		const secret = page.getByLabel(/Tijdelijk wachtwoord voor piet@testbestuur\.test/);
		await expect(secret).toBeVisible();
		const temporary = await secret.inputValue();
		expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
		// until the person accepts, the admin sees the address typed and the role, nothing more
		await expect(page.getByRole('row', { name: /piet@testbestuur\.test/ })).toContainText('Uitgenodigd');
		await expect(page.getByRole('row', { name: /Piet Opsteller/ })).toHaveCount(0);
		await logoutThroughMenu(page, ADMIN.name);

		await visit(page, `${EMPTY_URL}/login`);
		await fillLogin(page, 'piet@testbestuur.test', temporary);
		await expect(page).toHaveURL(/\/account\/password$/);
		await expect(page.getByText('U bent ingelogd met een tijdelijk wachtwoord.')).toBeVisible();
		await expectNoAxeViolations(page);
		// the rest of the app stays closed until the password is changed
		await visit(page, `${EMPTY_URL}/o/${SLUG}`);
		await expect(page).toHaveURL(/\/account\/password$/);

		await page.getByLabel('Huidig wachtwoord').fill(temporary);
		await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('pieter zijn eigen wachtwoord');
		await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('pieter zijn eigen wachtwoord');
		await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
		await expect(page.getByText('Uw wachtwoord is gewijzigd.')).toBeVisible();
		await page.getByRole('link', { name: 'Verder naar DPIA Wijzer' }).click();
		await expect(page).toHaveURL(/\/account\/invitations$/);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: /^Aannemen/ }).click();
		await expect(page.getByRole('status')).toContainText('U bent nu lid van');
		await page.getByRole('link', { name: 'Verder naar DPIA Wijzer' }).click();
		await expect(page).toHaveURL(new RegExp(`/o/${SLUG}$`));
		await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' })).toHaveCount(0);
		// an editor's first steps: the admin's steps say whose they are, the register is the editor's own
		const firstSteps = page.getByRole('region', { name: 'Aan de slag' });
		await expect(firstSteps.locator('[data-step="fg"]')).toContainText('Dit doet iemand met de rol Beheerder.');
		await expect(firstSteps.locator('[data-step="processing"]').getByRole('link', { name: 'Nieuwe verwerking' })).toBeVisible();
		await logoutThroughMenu(page, 'Piet Opsteller');

		await visit(page, `${EMPTY_URL}/login`);
		await fillLogin(page, 'piet@testbestuur.test', 'pieter zijn eigen wachtwoord');
		await expect(page).toHaveURL(new RegExp(`/o/${SLUG}$`));
	});

	test('the admin switches a board-policy rule off, and API tokens are shown once', async ({ page }) => {
		await login(page, ADMIN.email, ADMIN.password, EMPTY_URL);
		await visit(page, `${EMPTY_URL}/o/${SLUG}/admin/settings`);
		await expectNoAxeViolations(page);
		const rule = page.getByRole('checkbox', { name: /^S-4 / });
		await expect(rule).toBeChecked();
		await rule.uncheck();
		await page.getByRole('button', { name: 'Regels opslaan' }).click();
		await expect(page.getByText('Opgeslagen. Gewijzigd: S-4.')).toBeVisible();
		await visit(page, `${EMPTY_URL}/o/${SLUG}/admin/settings`);
		await expect(page.getByRole('checkbox', { name: /^S-4 / })).not.toBeChecked();

		await visit(page, `${EMPTY_URL}/o/${SLUG}/admin/tokens`);
		await page.getByLabel('Naam', { exact: true }).fill('Rapportage');
		await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
		const token = await page.getByLabel(/Uw nieuwe API-sleutel/).inputValue();
		expect(token).toMatch(/^[a-z2-9]{24}\.[a-z2-9]{24}$/);
		await expectNoAxeViolations(page);
		const api = await page.request.get(`${EMPTY_URL}/api/v1/assessments`, { headers: { authorization: `Bearer ${token}` } });
		expect(api.status()).toBe(200);

		await visit(page, `${EMPTY_URL}/o/${SLUG}/admin/tokens`);
		await expect(page.getByLabel(/Uw nieuwe API-sleutel/)).toHaveCount(0);
		await page.getByRole('button', { name: 'Intrekken voor Rapportage' }).click();
		await expect(page.getByText('De sleutel is ingetrokken en werkt niet meer.')).toBeVisible();
		const refused = await page.request.get(`${EMPTY_URL}/api/v1/assessments`, { headers: { authorization: `Bearer ${token}` } });
		expect(refused.status()).toBe(401);
	});

	test('the same board works at http://127.0.0.1, and a foreign page is refused (no ORIGIN set)', async ({ page }) => {
		const local = EMPTY_URL.replace('localhost', '127.0.0.1');
		await login(page, ADMIN.email, ADMIN.password, local);
		await expect(page).toHaveURL(`${local}/o/${SLUG}`);
		await visit(page, `${local}/o/${SLUG}/admin/settings`);
		await page.getByRole('checkbox', { name: /^S-4 / }).check();
		await page.getByRole('button', { name: 'Regels opslaan' }).click();
		await expect(page.getByText('Opgeslagen. Gewijzigd: S-4.')).toBeVisible();

		const foreign = await page.request.post(`${EMPTY_URL}/login`, {
			headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
			data: `email=${encodeURIComponent(ADMIN.email)}&password=${encodeURIComponent(ADMIN.password)}`
		});
		expect(foreign.status()).toBe(403);
		expect(await foreign.text()).toContain('het kwam van https://evil.example');
	});
});

test.describe('login protection and language (seeded server)', () => {
	test('repeated failures from one address make it wait, with a message that says how long, even for the right password', async ({ page }) => {
		await visit(page, `${SEEDED_URL}/login`);
		// Each attempt waits for its answer: the alert of the one before already says "klopt niet", and an
		// attempt typed while one is on its way is emptied when that answer arrives.
		const attempt = async (password: string) => {
			const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/login' && r.request().method() === 'POST');
			await fillLogin(page, 'throttle@noord.test', password);
			await answered;
		};
		for (let i = 0; i < 4; i++) {
			await attempt(`fout-${i}`);
			await expect(page.getByRole('alert')).toContainText('klopt niet');
		}
		await attempt('fout-5');
		await expect(page.getByRole('alert')).toHaveText(/^Te veel mislukte inlogpogingen\. Probeer het over (\d+ seconden|1 minuut) opnieuw\.$/);
		await fillLogin(page, 'throttle@noord.test', 'Welkom-2026!');
		await expect(page.getByRole('alert')).toContainText('Te veel mislukte inlogpogingen');
		await expect(page).toHaveURL(/\/login/);
	});

	test('the admin pages of a seeded board pass the accessibility scan', async ({ page }) => {
		await login(page, 'admin@noord.test');
		for (const [path, heading] of [
			['users', 'Gebruikers'],
			['tokens', 'API-sleutels'],
			['settings', 'Instellingen']
		] as const) {
			await visit(page, `${SEEDED_URL}/o/${NOORD}/admin/${path}`);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await expectNoAxeViolations(page);
		}
		// the admin's own row offers no way to lock themselves out
		const own = page.getByRole('row', { name: /Anna de Vries/ });
		await visit(page, `${SEEDED_URL}/o/${NOORD}/admin/users`);
		await expect(own.getByRole('button')).toHaveCount(0);
	});

	test('admin pages are closed to other roles', async ({ page }) => {
		await login(page, 'editor@noord.test');
		const response = await page.goto(`${SEEDED_URL}/o/${NOORD}/admin/users`);
		expect(response?.status()).toBe(403);
	});

	test('the login page switches to English', async ({ page }) => {
		await visit(page, `${SEEDED_URL}/login`);
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
		await expect(page.getByLabel('E-mail address')).toBeVisible();
		await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByLabel('E-mail address').fill('viewer@noord.test');
		await page.getByLabel('Password', { exact: true }).fill('Welkom-2026!');
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
		// The English page runs the English build of the browser code (no Dutch in it): a page the browser renders
		// itself, after a client-side navigation, is in English, and nothing fails on the way.
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Model DPIAs' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Model DPIAs' })).toBeVisible();
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((path) => !path.startsWith('/_app/immutable/en/'))).toEqual([]);
		expect(await page.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].every((link) => new URL((link as HTMLLinkElement).href).pathname.startsWith('/_app/immutable/en/')))).toBe(true);
		expect(errors).toEqual([]);
	});
});

test.describe('without JavaScript (seeded server)', () => {
	test.use({ javaScriptEnabled: false });

	test('logging in and creating an API token work as plain form posts', async ({ page }) => {
		await page.goto(`${SEEDED_URL}/login?next=%2Fo%2Fstichting-zuid%2Fadmin%2Ftokens`);
		await fillLogin(page, 'admin@zuid.test', 'Welkom-2026!');
		await expect(page).toHaveURL(/\/o\/stichting-zuid\/admin\/tokens$/);
		await page.getByLabel('Naam', { exact: true }).fill('Zonder JavaScript');
		await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
		await expect(page.getByLabel(/Uw nieuwe API-sleutel ‘Zonder JavaScript’/)).toHaveValue(/^[a-z2-9]{24}\.[a-z2-9]{24}$/);
		await expect(page.getByRole('row', { name: /Zonder JavaScript/ })).toBeVisible();
	});
});

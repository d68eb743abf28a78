import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBuiltApp, type BuiltApp } from '../../src/lib/server/testing/built-app';
import { startTestProvider, type TestProvider } from '../../src/lib/server/testing/oidc-test-provider';
import { expectNoAxeViolations, login, PASSWORD } from './helpers';

/**
 * Issue 22, sign-in: an admin sets up the board's OpenID provider in the browser, and a member signs in
 * through it. On a server of its own (the shared seeded one would show every other suite the new login
 * button), next to a real OpenID provider (oidc-provider) on a loopback port derived from E2E_PORT.
 */
const BASE = Number(process.env.E2E_PORT ?? 4173);
const APP_PORT = BASE + 6;
const PROVIDER_PORT = BASE + 5;
const APP = `http://localhost:${APP_PORT}`;

test.describe.configure({ mode: 'serial' });

let app: BuiltApp;
let provider: TestProvider;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const env = { DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'dpia-oidc-')), 'data'), LOG_LEVEL: 'warn' };
	const cli = (...args: string[]) => execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { env: { ...process.env, ...env } });
	cli('org:create', '--name', 'Stichting Oost', '--slug', 'oost');
	cli('user:create', '--email', 'admin@oost.test', '--name', 'Ada Admin', '--org', 'oost', '--role', 'admin', '--password', PASSWORD);
	cli('user:create', '--email', 'eva@oost.test', '--name', 'Eva Editor', '--org', 'oost', '--role', 'editor', '--password', PASSWORD);
	provider = await startTestProvider({ port: PROVIDER_PORT, redirectUris: [`${APP}/login/oidc/callback`] });
	provider.accounts.set('eva@oost.test', { email: 'eva@oost.test', email_verified: true, name: 'Eva Editor' });
	provider.defaultAccount = 'eva@oost.test';
	app = await startBuiltApp({ ...env, ORIGIN: APP, OIDC_SECRET_KEY: 'e2e-only-secret-key' }, APP_PORT);
});

test.afterAll(async () => {
	await app?.stop();
	await provider?.close();
});

test('the admin configures the school account login, and a member signs in through it', async ({ page }) => {
	await login(page, 'admin@oost.test', PASSWORD, APP);
	await page.goto(`${APP}/o/oost/admin/sign-in`);
	await expect(page.getByLabel(/Redirect-URI/)).toHaveValue(`${APP}/login/oidc/callback`);
	await page.getByLabel('Inlogdienst', { exact: true }).selectOption('issuer');
	await page.getByLabel('Issuer-URL', { exact: true }).fill('http://id.oost.test');
	await page.getByLabel('Client-ID', { exact: true }).fill(provider.clientId);
	await page.getByLabel('Clientgeheim', { exact: true }).fill(provider.clientSecret);
	await page.getByLabel('Toegestane e-maildomeinen').fill('oost.test');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	// Plain http is refused for a provider that is not on this machine; what was typed stays.
	await expect(page.getByText('De issuer-URL moet met https:// beginnen')).toBeVisible();
	await expect(page.getByLabel('Client-ID', { exact: true })).toHaveValue(provider.clientId);

	await page.getByLabel('Issuer-URL', { exact: true }).fill(provider.issuer);
	await page.getByLabel('Clientgeheim', { exact: true }).fill(provider.clientSecret);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('zijn opgeslagen')).toBeVisible();
	await page.reload();
	// The secret never comes back to the page.
	await expect(page.getByLabel('Clientgeheim', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Clientgeheim', { exact: true })).toHaveAttribute('placeholder', 'opgeslagen');
	expect(await page.content()).not.toContain(provider.clientSecret);
	await expectNoAxeViolations(page);
	await page.locator('summary', { hasText: 'Ada Admin' }).click();
	await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
	await expect(page).toHaveURL(/\/login\?notice=logout$/);

	await page.goto(`${APP}/login`);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Inloggen met 127.0.0.1' }).click();
	await expect(page).toHaveURL(new RegExp(`^${APP}/o/oost`));
	await expect(page.getByText('Eva Editor').first()).toBeVisible();
});

test('a provider that is down: a clear message, and the admin still logs in with a password', async ({ page }) => {
	await provider.close();
	await page.goto(`${APP}/login`);
	await page.getByRole('link', { name: 'Inloggen met 127.0.0.1' }).click();
	await expect(page.getByRole('alert')).toContainText('niet bereikbaar');
	await page.getByRole('link', { name: 'Inloggen met wachtwoord' }).click();
	await login(page, 'admin@oost.test', PASSWORD, APP);
	await expect(page).toHaveURL(new RegExp(`^${APP}/o/oost`));
});

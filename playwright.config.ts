import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The background-networking flags keep it from calling
// home on a machine without internet.
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export const EMPTY_PORT = Number(process.env.E2E_PORT ?? 4173);
export const SEEDED_PORT = EMPTY_PORT + 1;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// Playwright empties its output folder at start: a subfolder keeps the vitest reports that run-all wrote before
	outputDir: 'test-results/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://localhost:${SEEDED_PORT}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			command: `bash tests/e2e/start-server.sh empty ${EMPTY_PORT}`,
			url: `http://localhost:${EMPTY_PORT}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `bash tests/e2e/start-server.sh seeded ${SEEDED_PORT}`,
			url: `http://localhost:${SEEDED_PORT}/healthz`,
			reuseExistingServer: false,
			timeout: 600_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});

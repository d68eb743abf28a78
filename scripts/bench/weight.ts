/**
 * Browser weight: gzip bytes of the JavaScript and CSS that Chromium really loads for the login page,
 * the register list, a questionnaire section and the new-risk form.
 *
 *   npm run bench:weight -- [--port 4323]   (needs `npm run build`)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { openDatabase } from '../../src/lib/server/db/open';
import { BENCH_PASSWORD, populate } from './populate';
import { loginCookie, startServer } from './server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4323' } } });

const dir = mkdtempSync(path.join(tmpdir(), 'dpia-weight-'));
const dataDir = path.join(dir, 'data');
const database = await openDatabase({ dataDir });
await database.migrate();
const first = await populate(database.db, { orgs: 1, dpias: 5 });
await database.close();
const server = await startServer({ DATA_DIR: dataDir }, Number(values.port));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
	const cookie = await loginCookie(server.url, first.email, BENCH_PASSWORD);
	const context = await browser.newContext();
	const [name, value] = cookie.split('=') as [string, string];
	const base = `${server.url}/o/${first.slug}`;
	const pages: [string, string, boolean][] = [
		['login', `${server.url}/login`, false],
		['register list', `${base}/processings`, true],
		['questionnaire section', `${base}/assessments/${first.assessmentId}/questionnaire/2`, true],
		['new risk form', `${base}/assessments/${first.assessmentId}/risks/new`, true]
	];
	console.log(`${'page'.padEnd(24)} ${'JS gzip KB'.padStart(11)} ${'CSS gzip KB'.padStart(12)} ${'files'.padStart(6)}`);
	for (const [label, url, withSession] of pages) {
		await context.clearCookies();
		if (withSession) await context.addCookies([{ name, value, url: server.url }]);
		const page = await context.newPage();
		const sizes = { js: 0, css: 0, files: 0 };
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			if (type !== 'script' && type !== 'stylesheet') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			sizes[type === 'script' ? 'js' : 'css'] += gzipSync(body).length;
			sizes.files++;
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.close();
		console.log(`${label.padEnd(24)} ${(sizes.js / 1024).toFixed(1).padStart(11)} ${(sizes.css / 1024).toFixed(1).padStart(12)} ${String(sizes.files).padStart(6)}`);
	}
} finally {
	await browser.close();
	await server.stop();
	rmSync(dir, { recursive: true, force: true });
}

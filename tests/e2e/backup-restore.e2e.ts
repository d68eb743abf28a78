import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_DOCX, SAMPLE_PDF } from '../../src/lib/server/testing/sample-documents';
import { login, PASSWORD } from './helpers';

/**
 * Backup → restore of documents (issue 21), as the README tells an administrator to do it on PGlite: stop
 * the app, `cli backup`, `cli restore` into an empty data directory, start the app on it. The documents
 * uploaded in the browser before come back from the restored app with the same SHA-256. Its own server,
 * because the seeded one holds its data directory's lock; on the port three above E2E_PORT, in that range.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 3;
const URL_ = `http://localhost:${PORT}`;
const ORG = 'stichting-herstel';
const ADMIN = 'admin@herstel.test';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** PGlite in `dataDir`: a DATABASE_URL from the caller's shell would point elsewhere. */
function pglite(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const { DATABASE_URL: _ignored, ...env } = process.env;
	return { ...env, DATA_DIR: dataDir, ...extra };
}

function cli(dataDir: string, ...args: string[]): string {
	return execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { env: pglite(dataDir), encoding: 'utf8' });
}

async function start(dataDir: string): Promise<ChildProcess> {
	const env = pglite(dataDir, { PORT: String(PORT), ORIGIN: URL_, LOG_LEVEL: 'warn' });
	const server = spawn(process.execPath, ['scripts/serve.js'], { env, stdio: 'ignore' });
	for (let i = 0; i < 600; i++) {
		if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
		if (await fetch(`${URL_}/healthz`).then((r) => r.ok, () => false)) return server;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('server did not start');
}

/** SIGTERM, as the README's shutdown: the server drains and closes the database, releasing the directory. */
async function stop(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null) return;
	const exited = new Promise((r) => server.once('exit', r));
	server.kill('SIGTERM');
	await exited;
}

async function download(page: Page, name: string): Promise<Buffer> {
	const href = await page.getByRole('link', { name: `${name} downloaden` }).getAttribute('href');
	const response = await page.request.get(new URL(href!, page.url()).toString());
	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
	return response.body();
}

test('documents uploaded before a backup download byte-identical from the restored app', async ({ page }) => {
	test.setTimeout(300_000);
	const root = mkdtempSync(path.join(tmpdir(), 'dpia-e2e-backup-'));
	const before = path.join(root, 'before');
	const after = path.join(root, 'after');
	const file = path.join(root, 'backup.json');
	// a PDF over three storage chunks (64 kB) of noise, so chunks restored out of order would show
	const pdf = Buffer.concat([Buffer.from(SAMPLE_PDF), randomBytes(200 * 1024)]);
	const supplier = 'Herstel Leermiddelen BV';
	let server: ChildProcess | undefined;
	try {
		cli(before, 'org:create', '--name', 'Stichting Herstel', '--slug', ORG);
		cli(before, 'user:create', '--email', ADMIN, '--name', 'Hanna Herstel', '--org', ORG, '--role', 'admin', '--password', PASSWORD);
		server = await start(before);

		await login(page, ADMIN, PASSWORD, URL_);
		await page.goto(`${URL_}/o/${ORG}/suppliers/new`);
		await page.getByLabel('Naam van de leverancier').fill(supplier);
		await page.getByRole('button', { name: 'Leverancier opslaan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: supplier })).toBeVisible();
		for (const [name, bytes] of [['Overeenkomst herstel.pdf', pdf], ['Subverwerkers.docx', Buffer.from(SAMPLE_DOCX)]] as const) {
			await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
			await page.getByRole('button', { name: 'Document toevoegen' }).click();
			await expect(page.getByRole('link', { name: `${name} downloaden` })).toBeVisible();
		}
		expect(sha(await download(page, 'Overeenkomst herstel.pdf'))).toBe(sha(pdf));

		await stop(server);
		expect(cli(before, 'backup', file)).toMatch(/^Backup written to .* \(\d+ rows\)\./);
		expect(cli(after, 'restore', file)).toMatch(/^Restored \d+ rows from /);
		// the old directory goes, so whatever the restored app serves came through the backup file
		rmSync(before, { recursive: true, force: true });
		server = await start(after);

		await page.context().clearCookies();
		await login(page, ADMIN, PASSWORD, URL_);
		await page.goto(`${URL_}/o/${ORG}/suppliers`);
		await page.getByRole('link', { name: supplier }).click();
		await expect(page.getByRole('heading', { level: 1, name: supplier })).toBeVisible();
		const docs = page.getByRole('region', { name: 'Documenten' });
		await expect(docs).toContainText(`SHA-256: ${sha(pdf)}`);
		await expect(docs).toContainText(`SHA-256: ${sha(SAMPLE_DOCX)}`);
		expect(sha(await download(page, 'Overeenkomst herstel.pdf'))).toBe(sha(pdf));
		expect(sha(await download(page, 'Subverwerkers.docx'))).toBe(sha(SAMPLE_DOCX));
	} finally {
		if (server) await stop(server);
		rmSync(root, { recursive: true, force: true });
	}
});

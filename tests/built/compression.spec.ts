import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db/open';
import { startBuiltApp } from '$lib/server/testing/built-app';
import { pageAssets } from '$lib/server/testing/page-assets';
import { logIn, PUBLIC_ORIGIN, requireBuiltApp, type Instance } from './instance';
import { PASSWORD, seed } from './seed';

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** A GET through node:http, which (unlike fetch) neither asks for an encoding nor undoes one: the bytes as sent. */
function rawGet(base: string, pathname: string, headers: Record<string, string>): Promise<Raw> {
	return new Promise((resolve, reject) => {
		http
			.get(base + pathname, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
			})
			.on('error', reject);
	});
}

/**
 * The built server compresses what it renders (src/lib/server/http/compress.ts), as the browser asks, so
 * that a school without a reverse proxy gets small pages too; and a build keeps each page's scripts few.
 */
describe('compressed answers and few scripts in the built app', () => {
	let dir: string;
	let app: Instance;
	let session: string;
	let dpia: string;

	beforeAll(async () => {
		requireBuiltApp();
		dir = mkdtempSync(path.join(tmpdir(), 'dpia-compression-'));
		const dataDir = path.join(dir, 'data');
		const empty = await openDatabase({ dataDir });
		await empty.migrate();
		await empty.close();
		const seeded = await seed({ dataDir });
		dpia = `/o/stichting-noord/assessments/${seeded.fx.assessment.id}`;
		await seeded.database.close();
		const output: string[] = [];
		const started = await startBuiltApp({ DATABASE_URL: '', DATA_DIR: dataDir, HOST: '127.0.0.1', ORIGIN: PUBLIC_ORIGIN, LOG_LEVEL: 'warn' }, 4421, (line) => output.push(line));
		app = { name: 'compression', base: started.url, output, process: started.process, stop: started.stop };
		session = await logIn(app, seeded.fx.people.editor.email, PASSWORD);
	});
	afterAll(async () => {
		await app?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	const page = (encoding?: string) => rawGet(app.base, `${dpia}/questionnaire/2`, { cookie: `dpia_session=${session}`, ...(encoding ? { 'accept-encoding': encoding } : {}) });

	it('sends a page brotli- or gzip-compressed as asked, decoding to the page it sends uncompressed', async () => {
		const [plain, brotli, gzip] = await Promise.all([page(), page('gzip, deflate, br'), page('gzip')]);
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
		expect(plain.body.toString()).toContain('<!doctype html>');
		expect(brotli.headers['content-encoding']).toBe('br');
		expect(brotli.headers['content-length']).toBeUndefined();
		expect(gzip.headers['content-encoding']).toBe('gzip');
		// The CSRF-free parts of two renders of one page are the same bytes: compare without the nonces.
		const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"|'nonce-[^']*'/g, '');
		expect(withoutNonces(brotliDecompressSync(brotli.body).toString())).toBe(withoutNonces(plain.body.toString()));
		expect(withoutNonces(gunzipSync(gzip.body).toString())).toBe(withoutNonces(plain.body.toString()));
		expect(brotli.body.length).toBeLessThan(plain.body.length / 4);
		// SvelteKit's strong ETag names the uncompressed bytes; the compressed ones get a tag of their own.
		expect(brotli.headers.etag ?? '').toMatch(/-br"$/);
	});

	it('compresses the data a client-side navigation fetches, and leaves the PDF report alone', async () => {
		const data = await rawGet(app.base, `${dpia}/questionnaire/2/__data.json`, { cookie: `dpia_session=${session}`, 'accept-encoding': 'br' });
		expect(data.headers['content-encoding']).toBe('br');
		expect(JSON.parse(brotliDecompressSync(data.body).toString())).toHaveProperty('type', 'data');
		const pdf = await rawGet(app.base, `${dpia}/export.pdf`, { cookie: `dpia_session=${session}`, 'accept-encoding': 'gzip, br' });
		expect(pdf.status).toBe(200);
		expect(pdf.headers['content-type']).toBe('application/pdf');
		expect(pdf.headers['content-encoding']).toBeUndefined();
		expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('keeps a cold visit to a few requests: the stylesheet inside the HTML, at most 7 scripts a page (8 requests with the page)', async () => {
		const html = (await page()).body.toString();
		expect(html).toMatch(/<style[^>]*>/);
		// SvelteKit still names the inlined file, disabled, so that Vite does not load it again.
		expect(html).not.toMatch(/rel="stylesheet"(?! disabled)/);
		const pages = pageAssets();
		expect(pages.length).toBeGreaterThan(20);
		const over = pages.filter(({ js }) => js.length > 7).map(({ route, js }) => `${route}: ${js.length}`);
		expect(over).toEqual([]);
		// The questionnaire section sends no SvelteKit client: one script, its island, which imports nothing more.
		const section = pages.find(({ route }) => route.endsWith('/questionnaire/[section]'))!;
		expect(section.csr).toBe(false);
		expect(section.js).toEqual([expect.stringMatching(/^_app\/immutable\/islands\/section\.[\w-]+\.js$/)]);
		expect(html).toContain(`<script type="module" src="/${section.js[0]}"></script>`);
		expect(html).not.toContain('modulepreload');
		const code = readFileSync(path.join('.svelte-kit/output/client', section.js[0]!), 'utf8');
		expect(code).not.toMatch(/\bimport\s*\(|\bfrom\s*["']/);
		expect(section.jsGzipBytes).toBeLessThan(50 * 1024);
	});

	it('sends each language only its own messages: a page in English loads the English build, the Dutch one has no English', async () => {
		const scripts = async (cookie: string) => {
			const answer = await rawGet(app.base, `${dpia}/questionnaire/2`, { cookie });
			// The scripts the page imports, and the ones SvelteKit announces in the Link header for preloading.
			const announced = `${answer.body.toString()} ${String(answer.headers.link ?? '')}`;
			const paths = [...announced.matchAll(/(?:href="|src="|import\("|<)((?:\.\.?\/)*\/?_app\/immutable\/[^">]+\.js)[">]/g)].map((match) => new URL(match[1]!, `${app.base}${dpia}/questionnaire/2`).pathname);
			const bodies = await Promise.all([...new Set(paths)].map(async (file) => (await rawGet(app.base, file, {})).body.toString()));
			return { paths, code: bodies.join('\n') };
		};
		const nl = await scripts(`dpia_session=${session}`);
		const en = await scripts(`dpia_session=${session}; PARAGLIDE_LOCALE=en`);
		// the section's one script: its island (src/lib/islands)
		expect(nl.paths).toHaveLength(1);
		expect(en.paths).toHaveLength(1);
		expect(nl.paths.every((file) => file.startsWith('/_app/immutable/') && !file.startsWith('/_app/immutable/en/'))).toBe(true);
		expect(en.paths.every((file) => file.startsWith('/_app/immutable/en/'))).toBe(true);
		expect(nl.code).toContain('Niet-opgeslagen wijzigingen');
		expect(nl.code).not.toContain('Unsaved changes');
		expect(en.code).toContain('Unsaved changes');
		expect(en.code).not.toContain('Niet-opgeslagen wijzigingen');
	});
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type BuiltApp } from '../../src/lib/server/testing/built-app';
import { requireBuiltApp } from './instance';

/**
 * The README's start with nothing set: no ORIGIN, no DATABASE_URL, the embedded database. A newcomer's
 * browser at http://localhost:<port> or http://127.0.0.1:<port> must get through setup and login, while a
 * page on another origin is still refused.
 */
const PORT = 4441;
const ADMIN = { email: 'eerste@bestuur.test', password: 'een lange zin als wachtwoord' };

describe('first run without ORIGIN (built app on PGlite)', () => {
	let app: BuiltApp;
	let dir: string;
	const output: string[] = [];

	const post = (host: string, pathname: string, fields: Record<string, string>, headers: Record<string, string>) =>
		fetch(`http://${host}:${PORT}${pathname}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
			body: new URLSearchParams(fields).toString()
		});

	beforeAll(async () => {
		requireBuiltApp();
		dir = mkdtempSync(path.join(tmpdir(), 'dpia-first-run-'));
		// Unsets what the test runner's own environment might hold: the app must see none of these.
		const unset = { ORIGIN: undefined, DATABASE_URL: undefined, PROTOCOL_HEADER: undefined, HOST_HEADER: undefined, LOG_LEVEL: undefined };
		app = await startBuiltApp({ ...unset, DATA_DIR: path.join(dir, 'data') }, PORT, (line) => output.push(line));
	});
	afterAll(async () => {
		await app?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('says at start-up which origins it accepts and that production sets ORIGIN', () => {
		const line = output.find((l) => l.includes('ORIGIN is not set'));
		expect(line).toBeDefined();
		expect(line).toContain(`http://localhost:${PORT}`);
		expect(line).toContain(`http://127.0.0.1:${PORT}`);
		expect(line).toContain('In production set ORIGIN');
	});

	it('setup at http://localhost goes through', async () => {
		const fields = { organisationName: 'Stichting Eerste Start', slug: 'eerste-start', name: 'Eva Eerst', ...ADMIN, passwordRepeat: ADMIN.password };
		const r = await post('localhost', '/setup', fields, { origin: `http://localhost:${PORT}` });
		expect(r.status).toBe(303);
		expect(r.headers.get('location')).toBe('/login?notice=setup');
	});

	it('login at http://127.0.0.1 goes through, with a session cookie that is not Secure on plain HTTP', async () => {
		const r = await post('127.0.0.1', '/login', ADMIN, { origin: `http://127.0.0.1:${PORT}` });
		expect(r.status).toBe(303);
		const cookie = r.headers.getSetCookie().find((c) => c.startsWith('dpia_session='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).not.toMatch(/;\s*Secure/i);
	});

	it.each([
		['a foreign page', 'https://evil.example'],
		['the same host over https, which this server does not speak', `https://localhost:${PORT}`],
		['another port on the same host', `http://localhost:${PORT + 1}`]
	])('refuses a form post from %s, saying why in Dutch', async (_label, origin) => {
		const r = await post('localhost', '/login', ADMIN, { origin });
		expect(r.status).toBe(403);
		expect(r.headers.getSetCookie()).toEqual([]);
		const body = await r.text();
		expect(body).toContain(`het kwam van ${origin}`);
		expect(body).toContain(`http://localhost:${PORT}`);
	});

	it('refuses a form post without Origin, and answers JSON to a client that asks for it', async () => {
		const r = await post('localhost', '/login', ADMIN, { accept: 'application/json' });
		expect(r.status).toBe(403);
		expect(((await r.json()) as { message: string }).message).toContain('een onbekende pagina');
	});
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/open';
import { sectionAnswers, sessions } from '$lib/server/db/schema';
import { createEmptyDatabase, get, logIn, postForm, requireBuiltAppAndPostgres, startInstances, type Instance, type Reply } from './instance';
import { PASSWORD, passwordHashOf, seed } from './seed';

/**
 * What only the real server shows: SvelteKit's origin check, the CSP header its renderer adds, the
 * session cookie handling of the hook, and what an error leaves in the answer and in the log.
 * Requests alternate between two instances, as in production behind a load balancer.
 */
describe('HTTP security of the built app', () => {
	let A: Instance;
	let B: Instance;
	let database: Database;
	let fx: Awaited<ReturnType<typeof seed>>['fx'];
	let dbPassword: string;
	let drop: () => Promise<void>;
	let editor: string;
	let gmr: string;
	const org = '/o/stichting-noord';
	const nth = (i: number) => (i % 2 ? B : A);

	beforeAll(async () => {
		const empty = await createEmptyDatabase(requireBuiltAppAndPostgres());
		drop = empty.drop;
		dbPassword = empty.password;
		[A, B] = (await startInstances(empty.url, { A: 4403, B: 4404 })) as [Instance, Instance];
		({ database, fx } = await seed(empty.url));
		editor = await logIn(A, fx.people.editor.email, PASSWORD);
		gmr = await logIn(B, fx.people.gmr.email, PASSWORD);
	});
	afterAll(async () => {
		await Promise.all([A?.stop(), B?.stop()]);
		await database?.close();
		await drop?.();
	});

	describe('CSRF: SvelteKit refuses a form post whose Origin is not the public origin', () => {
		const foreign = [
			['a foreign origin', 'https://evil.example'],
			['the app on another scheme', 'https://dpia-wijzer.test'],
			['no origin at all', '']
		] as const;

		it.each(foreign)('login with %s: 403 on both instances', async (_label, origin) => {
			for (const instance of [A, B]) {
				const r = await postForm(instance, '/login', { email: fx.people.editor.email, password: PASSWORD }, { origin });
				expect(r.status).toBe(403);
				expect(r.setSession).toBeUndefined();
			}
		});

		it('a foreign logout and a foreign save change nothing', async () => {
			expect((await postForm(A, '/logout', { scope: 'everywhere' }, { session: editor, origin: 'https://evil.example' })).status).toBe(403);
			expect((await get(B, org, editor)).status).toBe(200);
			const save = `${org}/assessments/${fx.assessment.id}/questionnaire/18?/save`;
			const [before] = await database.db.select().from(sectionAnswers).where(eq(sectionAnswers.sectionId, '18'));
			const r = await postForm(B, save, [['expectedRevision', String(before!.revision)], ['18.1', 'Vervalst']], { session: editor, origin: 'https://evil.example' });
			expect(r.status).toBe(403);
			const [after] = await database.db.select().from(sectionAnswers).where(eq(sectionAnswers.sectionId, '18'));
			expect(after).toEqual(before);
		});
	});

	describe('the session cookie through the real hook', () => {
		it('a planted cookie is deleted on sight and replaced by a fresh token at login', async () => {
			const planted = 'abcdefghijkmnpqrstuvwxyz.abcdefghijkmnpqrstuvwxyz';
			expect((await get(A, '/login', planted)).setSession).toBe('');
			const token = await logIn(B, fx.people.admin.email, PASSWORD, planted);
			expect(token).not.toBe(planted);
			expect((await get(A, org, token)).status).toBe(200);
		});

		it('a token with one character changed gets the login page and a deleted cookie', async () => {
			const tampered = editor.slice(0, -1) + (editor.endsWith('a') ? 'b' : 'a');
			const r = await get(B, org, tampered);
			expect(r.location).toMatch(/^\/login\?next=/);
			expect(r.setSession).toBe('');
			expect((await get(A, org, editor)).status).toBe(200);
		});
	});

	describe('CSP on every HTML answer', () => {
		it('covers login, dashboard, register, DPIA pages, 403 and 404 pages', async () => {
			const dpia = `${org}/assessments/${fx.assessment.id}`;
			const pages: [path: string, session: string | undefined, status: number][] = [
				['/login', undefined, 200],
				['/setup', undefined, 404],
				['/no-such-page', undefined, 404],
				[org, editor, 200],
				[`${org}/processings`, editor, 200],
				['/account/password', editor, 200],
				['/o/stichting-zuid', editor, 404],
				['/no-such-page', editor, 404],
				...['', '/questionnaire', '/questionnaire/1', '/risks', '/measures', '/workflow', '/versions', '/audit'].map((p): [string, string, number] => [dpia + p, editor, 200]),
				[`${dpia}/questionnaire/1`, gmr, 403],
				[`${org}/assessments/00000000-0000-4000-8000-000000000000`, editor, 404]
			];
			const missing: string[] = [];
			for (const [i, [path, session, status]] of pages.entries()) {
				const r = await get(nth(i), path, session);
				expect(r.status, path).toBe(status);
				expect(r.headers.get('content-type'), path).toMatch(/^text\/html/);
				const csp = r.headers.get('content-security-policy') ?? '';
				if (!csp.includes("script-src 'self'") || !csp.includes("frame-ancestors 'none'") || !csp.includes("default-src 'self'")) missing.push(`${path} (${status})`);
				expect(r.headers.get('x-frame-options'), path).toBe('DENY');
			}
			expect(missing).toEqual([]);
			expect(pages).toHaveLength(18);
		});
	});

	describe('an error leaks nothing: not in the answer, not in the log', () => {
		let page: Reply;
		let data: Reply;
		let passwordChange: Reply;
		const NEW_PASSWORD = 'Nieuw-Wachtwoord-Dat-Niet-In-De-Log-Mag';
		let secrets: Record<string, string>;

		beforeAll(async () => {
			// Wrong passwords are typed too: they must not be logged either.
			await postForm(A, '/login', { email: fx.people.admin.email, password: 'Fout-Wachtwoord-Dat-Niemand-Mag-Zien' });
			const [session] = await database.db.select().from(sessions).where(eq(sessions.userId, fx.people.editor.id));
			secrets = {
				'the database password': dbPassword,
				'a password hash': await passwordHashOf(database, fx.people.editor.id),
				'the argon2 prefix': '$argon2',
				'a session token': editor,
				'the secret half of a token': editor.split('.')[1]!,
				'a stored token hash': session!.secretHash,
				'the right password': PASSWORD,
				'a wrong password': 'Fout-Wachtwoord-Dat-Niemand-Mag-Zien',
				'a new password': NEW_PASSWORD
			};
			// A broken database for one page: the register table is gone for a moment.
			await database.db.execute(sql`ALTER TABLE processings RENAME TO processings_away`);
			try {
				page = await get(A, `${org}/processings`, editor);
				data = await get(B, `${org}/processings/__data.json`, editor);
			} finally {
				await database.db.execute(sql`ALTER TABLE processings_away RENAME TO processings`);
			}
			// A write that fails with a secret among its parameters: the new password's hash, when no user row may change.
			await database.db.execute(sql`ALTER TABLE users ADD CONSTRAINT frozen_for_test CHECK (false) NOT VALID`);
			try {
				const fields = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD };
				passwordChange = await postForm(A, '/account/password', fields, { session: gmr });
			} finally {
				await database.db.execute(sql`ALTER TABLE users DROP CONSTRAINT frozen_for_test`);
			}
		});

		it('answers 500 with a request id and no stack, query or database detail', () => {
			expect(page.status).toBe(500);
			expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
			// a client-side navigation asks __data.json, which SvelteKit answers 200 with the error inside
			const nodes = (JSON.parse(data.body) as { nodes: ({ type: string } | null)[] }).nodes;
			expect(nodes.filter((n) => n?.type === 'error')).toMatchObject([{ error: { message: 'Internal error' } }]);
			expect(passwordChange.status).toBe(500);
			for (const r of [page, data, passwordChange]) {
				expect(r.body).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
				expect(r.body).not.toMatch(/\bat \S+ \(|\.(js|ts):\d+:\d+|node_modules/);
				expect(r.body).not.toMatch(/processings_away|does not exist|Failed query|select |postgres:\/\//i);
			}
		});

		it('answers and logs carry no passwords, hashes, tokens or database credentials', () => {
			const log = [...A.output, ...B.output].join('\n');
			// the log did record the error, with the request id the person can quote
			const requestId = /"requestId":"([0-9a-f-]{36})"/.exec(page.body.replace(/\\"/g, '"'))?.[1] ?? /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(page.body)?.[1];
			expect(requestId).toBeDefined();
			expect(log).toContain(requestId!);
			const texts = { 'the page': page.body, 'the data answer': data.body, 'the password page': passwordChange.body, 'the log': log };
			const found = Object.entries(secrets).flatMap(([what, value]) => Object.entries(texts).flatMap(([where, text]) => (text.includes(value) ? [`${what} in ${where}`] : [])));
			expect(found).toEqual([]);
		});
	});
});

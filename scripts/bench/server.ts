import { startBuiltApp, type BuiltApp } from '../../src/lib/server/testing/built-app';

export type RunningServer = BuiltApp;

/** The built app as the benchmarks run it: its own origin, no log lines, room for large form posts. */
export function startServer(env: Record<string, string>, port: number, nodeArgs: string[] = []): Promise<RunningServer> {
	return startBuiltApp({ ...env, ORIGIN: `http://127.0.0.1:${port}`, LOG_LEVEL: 'silent', BODY_SIZE_LIMIT: '2M' }, port, undefined, nodeArgs);
}

/** Logs in through the real form and returns the session cookie. */
export async function loginCookie(url: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dpia_session='));
	if (!cookie) throw new Error(`login failed (${res.status})`);
	return cookie.split(';')[0]!;
}

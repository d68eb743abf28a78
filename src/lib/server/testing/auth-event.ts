import type { SessionUser, ValidSession } from '../auth/session';
import type { Db } from '../db';

export interface FakeOptions {
	form?: Record<string, string>;
	user?: SessionUser | null;
	session?: ValidSession | null;
	ip?: string;
}

/** The parts of a RequestEvent the auth routes use, with a cookie jar to read the session cookie back. */
export function fakeEvent(db: Db, path: string, options: FakeOptions = {}) {
	const url = new URL(`http://localhost${path}`);
	const jar = new Map<string, string>();
	const request = new Request(url, { method: options.form ? 'POST' : 'GET', body: options.form ? new URLSearchParams(options.form) : undefined });
	const event = {
		locals: { db, user: options.user ?? null, session: options.session ?? null },
		params: {},
		url,
		request,
		cookies: { set: (name: string, value: string) => jar.set(name, value), delete: (name: string) => jar.delete(name), get: (name: string) => jar.get(name) },
		getClientAddress: () => options.ip ?? '127.0.0.1'
	};
	return { event: event as never, jar };
}

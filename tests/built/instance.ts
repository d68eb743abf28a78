import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parse } from 'devalue';
import { startBuiltApp } from '../../src/lib/server/testing/built-app';
import { scratchDatabase } from '../../src/lib/server/testing/scratch-database';

/**
 * Helpers for the specs that run the *built* app (build/index.js) as real processes on one PostgreSQL
 * database. They refuse to run half-way: without TEST_DATABASE_URL or without a build they throw, so a
 * CI run that forgot the build fails instead of passing with nothing tested.
 */
export const PUBLIC_ORIGIN = 'http://dpia-wijzer.test';

export function requireBuiltApp(): void {
	if (!existsSync('build/index.js')) throw new Error('build/index.js is missing: run `npm run build` first');
}

export function requireBuiltAppAndPostgres(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set: these specs need a PostgreSQL server (see tests/run-all.sh)');
	requireBuiltApp();
	return url;
}

/** A new, empty database on the test server; its URL carries a password (ignored by trust auth) to look for in output. */
export async function createEmptyDatabase(serverUrl: string) {
	const { url, drop } = await scratchDatabase(serverUrl, 'dpia_built');
	url.password = `pw-${randomBytes(8).toString('hex')}`;
	return { url: url.toString(), password: url.password, drop };
}

export interface Instance {
	name: string;
	base: string;
	/** Every line the process wrote to stdout and stderr. */
	output: string[];
	process: ChildProcess;
	stop(): Promise<void>;
}

/**
 * Starts one app process. All instances share one public ORIGIN, as behind a load balancer; the test
 * talks to each on its own port, so "round robin" is simply which base URL a request goes to.
 */
export async function startInstance(name: string, port: number, databaseUrl: string): Promise<Instance> {
	const output: string[] = [];
	const env = { DATABASE_URL: databaseUrl, DATA_DIR: '', HOST: '127.0.0.1', ORIGIN: PUBLIC_ORIGIN, LOG_LEVEL: 'info' };
	const app = await startBuiltApp(env, port, (line) => output.push(line)).catch((error: Error) => {
		throw new Error(`instance ${name}: ${error.message}:\n${output.join('\n')}`);
	});
	return { name, base: app.url, output, process: app.process, stop: app.stop };
}

/** Starts several instances at once; when one fails to start, the others are stopped before throwing. */
export async function startInstances(databaseUrl: string, ports: Record<string, number>): Promise<Instance[]> {
	const started = await Promise.allSettled(Object.entries(ports).map(([name, port]) => startInstance(name, port, databaseUrl)));
	const failed = started.find((s) => s.status === 'rejected');
	if (!failed) return started.map((s) => (s as PromiseFulfilledResult<Instance>).value);
	await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
	throw failed.reason;
}

export interface Reply {
	status: number;
	location: string | null;
	headers: Headers;
	body: string;
	/** The session cookie the reply set (`dpia_session=…`), or '' when it deleted it. */
	setSession: string | undefined;
}

async function reply(res: Response): Promise<Reply> {
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dpia_session='));
	return { status: res.status, location: res.headers.get('location'), headers: res.headers, body: await res.text(), setSession: cookie?.split(';')[0]!.slice('dpia_session='.length) };
}

export async function get(instance: Instance, path: string, session?: string): Promise<Reply> {
	return reply(await fetch(instance.base + path, { redirect: 'manual', headers: session ? { cookie: `dpia_session=${session}` } : {} }));
}

/**
 * A plain HTML form post, as a browser without JavaScript sends it (Origin = the public origin unless
 * told otherwise). With `json` it asks for SvelteKit's action JSON, as `use:enhance` does.
 */
export async function postForm(instance: Instance, path: string, fields: [string, string][] | Record<string, string>, options: { session?: string; origin?: string; json?: boolean } = {}): Promise<Reply> {
	const headers: Record<string, string> = { origin: options.origin ?? PUBLIC_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' };
	if (options.session) headers.cookie = `dpia_session=${options.session}`;
	// SvelteKit answers action JSON to anything that accepts it; fetch's default `*/*` does, a browser's form post does not.
	if (options.json) headers['x-sveltekit-action'] = 'true';
	else headers.accept = 'text/html';
	return reply(await fetch(instance.base + path, { method: 'POST', redirect: 'manual', headers, body: new URLSearchParams(fields).toString() }));
}

/** SvelteKit's action JSON: `{ type, status, data }` with `data` serialised by devalue. */
export function actionResult(r: Reply): { type: string; status: number; data: Record<string, unknown> | undefined } {
	const json = JSON.parse(r.body) as { type: string; status: number; data?: string };
	return { type: json.type, status: json.status, data: json.data ? (parse(json.data) as Record<string, unknown>) : undefined };
}

/** Logs in through the real form; returns the new session token. */
export async function logIn(instance: Instance, email: string, password: string, planted?: string): Promise<string> {
	const headers: Record<string, string> = { origin: PUBLIC_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
	if (planted) headers.cookie = `dpia_session=${planted}`;
	const r = await reply(await fetch(`${instance.base}/login`, { method: 'POST', redirect: 'manual', headers, body: new URLSearchParams({ email, password }).toString() }));
	if (r.status !== 303 || !r.setSession) throw new Error(`login of ${email} on ${instance.name} failed: ${r.status}`);
	return r.setSession;
}

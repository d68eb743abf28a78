import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { ApiPrincipal } from '$lib/server/auth/api-token';
import type { Db } from '$lib/server/db';

export type Outcome = 'allowed' | 'login' | 'not_found' | 'forbidden' | 'unauthorized' | 'redirect_home' | `crash: ${string}`;

export interface Principal {
	label: string;
	user: { id: string; name: string; email: string; mustChangePassword: boolean } | null;
	apiPrincipal: ApiPrincipal | null;
	/** Sent as X-Organisation for session calls to /api/v1. */
	organisationHeader?: string;
}

/** A handler of a route module: its load, one named form action, or an HTTP verb of an endpoint. */
export interface Handler {
	routeId: string;
	name: string;
	kind: 'load' | 'action' | 'endpoint';
	run: (event: unknown) => unknown;
}

const VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Route id as SvelteKit writes it, from the module's path under src/routes. */
export function routeIdOf(file: string): string {
	return file.replace(/^\/?src\/routes/, '').replace(/\/[^/]+$/, '') || '/';
}

export function handlersOf(file: string, mod: Record<string, unknown>): Handler[] {
	const routeId = routeIdOf(file);
	const found: Handler[] = [];
	if (typeof mod.load === 'function') found.push({ routeId, name: file.endsWith('+layout.server.ts') ? 'layout load' : 'load', kind: 'load', run: mod.load as Handler['run'] });
	const actions = (mod.actions ?? {}) as Record<string, Handler['run']>;
	for (const [name, run] of Object.entries(actions)) found.push({ routeId, name: `action ${name}`, kind: 'action', run });
	for (const verb of VERBS) if (typeof mod[verb] === 'function') found.push({ routeId, name: verb, kind: 'endpoint', run: mod[verb] as Handler['run'] });
	return found;
}

/** Fills a route id's parameters with ids that exist in the fixture, so only the guard can refuse. */
export function pathOf(routeId: string, ids: Record<string, string>): { path: string; params: Record<string, string> } {
	const params: Record<string, string> = {};
	const path = routeId
		.split('/')
		.filter((s) => !/^\(.*\)$/.test(s))
		.map((segment, i, all) => {
			const match = /^\[(\w+)(?:=\w+)?\]$/.exec(segment);
			if (!match) return segment;
			const name = match[1]!;
			const key = name === 'id' ? `${all[i - 1]}.id` : name;
			const value = ids[key];
			if (!value) throw new Error(`no fixture id for [${name}] in ${routeId}`);
			params[name] = value;
			return value;
		})
		.join('/');
	return { path: path || '/', params };
}

export function eventFor(db: Db, handler: Handler, principal: Principal, ids: Record<string, string>, form: Record<string, string> = {}) {
	const { path, params } = pathOf(handler.routeId, ids);
	const url = new URL(`http://localhost${path}`);
	const post = handler.kind === 'action' || (handler.kind === 'endpoint' && handler.name !== 'GET');
	const headers = new Headers({ origin: 'http://localhost' });
	if (principal.organisationHeader) headers.set('x-organisation', principal.organisationHeader);
	if (post) headers.set('content-type', handler.routeId.startsWith('/api/') ? 'application/json' : 'application/x-www-form-urlencoded');
	const request = new Request(url, { method: post ? (handler.kind === 'endpoint' ? handler.name : 'POST') : 'GET', headers, body: post ? (handler.routeId.startsWith('/api/') ? JSON.stringify(form) : new URLSearchParams(form).toString()) : undefined });
	const cookies = { get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, serialize: () => '' };
	return {
		locals: { db, user: principal.user, session: principal.user ? { id: 'matrix-session' } : null, apiPrincipal: principal.apiPrincipal, requestId: 'matrix' },
		params,
		url,
		request,
		route: { id: handler.routeId },
		cookies,
		getClientAddress: () => '127.0.0.1',
		setHeaders: () => {},
		fetch,
		parent: async () => ({}),
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		isDataRequest: false,
		isSubRequest: false
	};
}

/** What the guard made of the request: refusals are told apart; anything past the guard counts as allowed. */
export async function classify(run: () => unknown): Promise<Outcome> {
	try {
		const value = await run();
		if (value instanceof Response) {
			if (value.status === 401) return 'unauthorized';
			if (value.status === 403) return 'forbidden';
			if (value.status === 404) return 'not_found';
			if (value.status >= 500) return `crash: HTTP ${value.status}`;
		}
		if (isActionFailure(value) && value.status >= 500) return `crash: action ${value.status}`;
		return 'allowed';
	} catch (thrown) {
		if (isRedirect(thrown)) {
			// The guard sends anonymous visitors to /login?next=…; other redirects to /login (after logout) are answers.
			if (thrown.location.startsWith('/login?next=')) return 'login';
			return thrown.location === '/' ? 'redirect_home' : 'allowed';
		}
		if (isHttpError(thrown)) {
			if (thrown.status === 401) return 'unauthorized';
			if (thrown.status === 403) return 'forbidden';
			if (thrown.status === 404) return 'not_found';
			return thrown.status >= 500 ? `crash: HTTP ${thrown.status}` : 'allowed';
		}
		return `crash: ${(thrown as Error).message}`;
	}
}

import { json, type RequestEvent } from '@sveltejs/kit';
import { can, type Capability, type Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { AsyncLocalStorage } from 'node:async_hooks';
import { getLocale, getServerAsyncLocalStorage, overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';
import type { Actor } from './audit';
import { membershipOf } from './auth/guard';

/**
 * `/api/v1` authentication: a bearer API token (its organisation is fixed), or a logged-in session plus
 * an `X-Organisation: <slug>` header. Errors are JSON `{ error: { code, message } }`; an organisation the
 * caller does not belong to, and anything in it, is 404 so ids cannot be probed.
 */
export interface ApiContext {
	organisation: { id: string; slug: string; name: string };
	role: Role;
	actor: Actor;
}

export class ApiError extends Error {
	readonly _tag = 'ApiError';
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

type ApiEvent = Pick<RequestEvent, 'locals' | 'request'>;

/** A script says its language in Accept-Language; a browser session has the language cookie (getLocale). */
export function apiLocale(request: Request): Locale {
	const wanted = request.headers.get('accept-language')?.trim().toLowerCase() ?? '';
	if (wanted.startsWith('en')) return 'en';
	if (wanted.startsWith('nl')) return 'nl';
	return getLocale();
}

export async function requireApi(event: ApiEvent, capability: Capability): Promise<ApiContext> {
	const principal = event.locals.apiPrincipal;
	if (principal) {
		if (!can(principal.role, capability)) throw new ApiError(403, 'forbidden', m.api_forbidden_token());
		return { organisation: principal.organisation, role: principal.role, actor: { userId: null, label: `API: ${principal.name}` } };
	}
	const user = event.locals.user;
	if (!user) throw new ApiError(401, 'unauthorized', m.api_unauthorized());
	// The pages send this person to choose a password first (requireUser); the API must not be the way around.
	if (user.mustChangePassword) {
		throw new ApiError(403, 'password_change_required', m.api_password_change_required());
	}
	const slug = event.request.headers.get('x-organisation');
	if (!slug) throw new ApiError(400, 'organisation_required', m.api_organisation_required());
	const membership = await membershipOf(event.locals.db, user.id, slug);
	if (!membership) throw new ApiError(404, 'not_found', m.api_not_found());
	if (!can(membership.role, capability)) throw new ApiError(403, 'forbidden', m.api_forbidden_role());
	const { role, id, name } = membership;
	return { organisation: { id, slug: membership.slug, name }, role, actor: { userId: user.id, label: user.name } };
}

export function apiError(status: number, code: string, message: string): Response {
	return json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * Runs `fn` with the given language as the request's: every message made inside, the schemas' field
 * messages included, is in that language (paraglide reads it from the request's async storage).
 */
export function inLocale<T>(locale: Locale, fn: () => T): T {
	let storage = getServerAsyncLocalStorage();
	if (!storage) {
		// outside the app's request handling (tests, scripts) there is no storage yet
		storage = new AsyncLocalStorage() as NonNullable<ReturnType<typeof getServerAsyncLocalStorage>>;
		overwriteServerAsyncLocalStorage(storage);
	}
	return storage.run({ ...(storage.getStore() ?? {}), locale }, fn);
}

/**
 * Wraps an endpoint so expected failures become JSON errors instead of HTML error pages, every message
 * in the request's language (Accept-Language, else the language cookie).
 */
export function apiHandler<E extends ApiEvent>(handler: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
	return (event) =>
		inLocale(apiLocale(event.request), async () => {
			try {
				return await handler(event);
			} catch (error) {
				if (error instanceof ApiError) return apiError(error.status, error.code, error.message);
				throw error;
			}
		});
}

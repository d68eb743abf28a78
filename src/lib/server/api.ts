import { json, type RequestEvent } from '@sveltejs/kit';
import { can, type Capability, type Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
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
		if (!can(principal.role, capability)) throw new ApiError(403, 'forbidden', 'This token may not do this.');
		return { organisation: principal.organisation, role: principal.role, actor: { userId: null, label: `API: ${principal.name}` } };
	}
	const user = event.locals.user;
	if (!user) throw new ApiError(401, 'unauthorized', 'Send a valid API token (Authorization: Bearer …) or log in.');
	// The pages send this person to choose a password first (requireUser); the API must not be the way around.
	if (user.mustChangePassword) {
		throw new ApiError(403, 'password_change_required', m.api_password_change_required({}, { locale: apiLocale(event.request) }));
	}
	const slug = event.request.headers.get('x-organisation');
	if (!slug) throw new ApiError(400, 'organisation_required', 'Send the organisation slug in the X-Organisation header.');
	const membership = await membershipOf(event.locals.db, user.id, slug);
	if (!membership) throw new ApiError(404, 'not_found', 'Not found.');
	if (!can(membership.role, capability)) throw new ApiError(403, 'forbidden', 'Your role may not do this.');
	const { role, id, name } = membership;
	return { organisation: { id, slug: membership.slug, name }, role, actor: { userId: user.id, label: user.name } };
}

export function apiError(status: number, code: string, message: string): Response {
	return json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
}

/** Wraps an endpoint so expected failures become JSON errors instead of HTML error pages. */
export function apiHandler<E extends ApiEvent>(handler: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (error instanceof ApiError) return apiError(error.status, error.code, error.message);
			throw error;
		}
	};
}

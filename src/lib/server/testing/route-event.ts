import type { Role } from '$lib/domain/roles';
import type { Db } from '../db';
import type { FixtureUser } from './lifecycle-fixture';

export interface RouteEventOptions {
	/** who is signed in; null or left out: nobody */
	person?: FixtureUser | null;
	params?: Record<string, string>;
	/** a posted form; pairs where a name repeats (checkboxes) */
	form?: Record<string, string> | [string, string][];
}

/**
 * The parts of a RequestEvent that the board's loads, actions and endpoints read: the database and the signed-in
 * person in locals, the route's params, the URL and the request (a form POST when `form` is given). Typed `never`
 * so it passes for any route's own event type.
 */
export function routeEvent(db: Db, path: string, { person = null, params = {}, form }: RouteEventOptions = {}): never {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, { method: form ? 'POST' : 'GET', body: form ? new URLSearchParams(form) : undefined });
	const user = person && { id: person.id, name: person.name, email: person.email, mustChangePassword: false };
	return { locals: { db, user }, params, url, request } as never;
}

/** The part of a test board (lifecycle-fixture.ts, report fixtures) that a request by one of its people needs. */
export interface BoardOfPeople {
	organisation: { slug: string };
	people: Record<Role, FixtureUser>;
}

/**
 * A request by one of a test board's people (null: nobody signed in) to `path` under the board's own pages,
 * /o/<slug>; `params` adds the route's params to the board's `org`.
 */
export function boardEvent(db: Db, board: BoardOfPeople, role: Role | null, path: string, options: Omit<RouteEventOptions, 'person'> = {}): never {
	const slug = board.organisation.slug;
	return routeEvent(db, `/o/${slug}${path}`, { person: role && board.people[role], params: { org: slug, ...options.params }, form: options.form });
}

import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { and, asc, eq } from 'drizzle-orm';
import { can, isRole, type Capability, type Role } from '$lib/domain/roles';
import type { Db } from '../db';
import { memberships, organisations, type PolicySettings } from '../db/schema';
import type { MembershipRow, SessionUser } from './session';

export interface OrgContext {
	user: SessionUser;
	role: Role;
	organisation: { id: string; slug: string; name: string; policy: PolicySettings };
}

type GuardEvent = Pick<RequestEvent, 'locals' | 'url' | 'params'> & Partial<Pick<RequestEvent, 'request'>>;

export const CHANGE_PASSWORD_PATH = '/account/password';

/**
 * Every page load and form action behind login starts here: anonymous visitors go to the login page, and
 * someone still on a temporary password (admin reset) goes to choose their own before anything else.
 */
export function requireUser(event: GuardEvent): SessionUser {
	const user = requireSession(event);
	if (user.mustChangePassword) redirect(303, CHANGE_PASSWORD_PATH);
	return user;
}

export async function membershipOf(db: Db, userId: string, slug: string): Promise<OrgContext['organisation'] & { role: Role } | null> {
	const [row] = await db
		.select({
			id: organisations.id,
			slug: organisations.slug,
			name: organisations.name,
			policy: organisations.policy,
			role: memberships.role
		})
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.userId, userId), eq(organisations.slug, slug)));
	if (!row || !isRole(row.role)) return null;
	return row as OrgContext['organisation'] & { role: Role };
}

/** Every membership of a person with its organisation, by organisation name (the switcher's order). */
export async function membershipsOf(db: Db, userId: string): Promise<MembershipRow[]> {
	return db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name, policy: organisations.policy, role: memberships.role })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}

/**
 * The session user's memberships, read once per page request (the session lookup brings them): the
 * organisation layout and the page below it both guard, and the layout lists the organisations for the
 * switcher. Only for GET and HEAD: a form action may change a membership, and the load after it must
 * see the change.
 */
export function requestMemberships(event: GuardEvent, userId: string): Promise<MembershipRow[]> | null {
	const method = event.request?.method;
	if (method !== 'GET' && method !== 'HEAD') return null;
	const { locals } = event;
	if (locals.memberships?.userId !== userId) locals.memberships = { userId, rows: membershipsOf(locals.db, userId) };
	return locals.memberships.rows;
}

async function membershipIn(event: GuardEvent, userId: string, slug: string): Promise<(OrgContext['organisation'] & { role: Role }) | null> {
	const rows = requestMemberships(event, userId);
	if (!rows) return membershipOf(event.locals.db, userId, slug);
	const row = (await rows).find((r) => r.slug === slug);
	if (!row || !isRole(row.role)) return null;
	const { id, name, policy, role } = row;
	return { id, slug: row.slug, name, policy, role };
}

/**
 * The one guard for organisation routes: a session, a membership in the organisation of the URL
 * (`params.org`), and a role that has the capability. A non-member gets 404, not 403, so that slugs of
 * other boards cannot be probed.
 */
export async function requireOrg(event: GuardEvent, capability: Capability): Promise<OrgContext> {
	const user = requireUser(event);
	const slug = event.params.org;
	if (!slug) error(404, 'Not found');
	const membership = await membershipIn(event, user.id, slug);
	if (!membership) error(404, 'Not found');
	if (!can(membership.role, capability)) error(403, 'Forbidden');
	const { role, ...organisation } = membership;
	return { user, role, organisation };
}

/**
 * A session and nothing more: for the person's own account pages (changing the password, logging out),
 * which must stay reachable while a password change is pending.
 */
export function requireSession(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

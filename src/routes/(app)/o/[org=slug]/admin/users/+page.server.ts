import { addPersonForm, invitationForm, roleForm, userForm } from '$lib/components/admin/forms';
import { actorOf } from '$lib/server/audit';
import { requireOrg, type OrgContext } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { invite, listInvitations, withdrawInvitation } from '$lib/server/services/invitations';
import { changeRole, listMembers, resetPassword, setActive, type AdminScope } from '$lib/server/services/users-admin';
import { userAdminFailure } from './failures';
import type { Actions, PageServerLoad } from './$types';

function scopeOf(ctx: OrgContext): AdminScope {
	return { organisationId: ctx.organisation.id, userId: ctx.user.id, actor: actorOf(ctx.user) };
}

type Done = 'invited' | 'withdrawn' | 'role' | 'deactivated' | 'reactivated' | 'reset';

/** One result shape for every action, so the page reads it without guessing which action ran. */
function done(what: Done, person: { name: string; email: string }, temporaryPassword: string | null = null) {
	return { done: what, person: { name: person.name, email: person.email }, temporaryPassword };
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'users.manage');
	const [members, invited] = await Promise.all([listMembers(event.locals.db, ctx.organisation.id), listInvitations(event.locals.db, ctx.organisation.id)]);
	return { members, invited, me: ctx.user.id };
};

export const actions: Actions = {
	add: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, addPersonForm);
		if (!parsed.ok) return parsed.failure;
		try {
			// The answer is the same whether the address has an account elsewhere or not: only what was typed.
			const invited = await invite(event.locals.db, scopeOf(ctx), parsed.data, { origin: event.url.origin });
			return done('invited', { name: '', email: parsed.data.email }, invited.temporaryPassword);
		} catch (cause) {
			return userAdminFailure(cause, 'add', parsed.values);
		}
	},
	withdraw: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, invitationForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const withdrawn = await withdrawInvitation(event.locals.db, scopeOf(ctx), parsed.data.invitationId);
			return done('withdrawn', { name: '', email: withdrawn.email });
		} catch (cause) {
			return userAdminFailure(cause, 'withdraw');
		}
	},
	role: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, roleForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const member = await changeRole(event.locals.db, scopeOf(ctx), parsed.data.userId, parsed.data.role);
			return done('role', member);
		} catch (cause) {
			return userAdminFailure(cause, 'role');
		}
	},
	deactivate: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, userForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const member = await setActive(event.locals.db, scopeOf(ctx), parsed.data.userId, false);
			return done('deactivated', member);
		} catch (cause) {
			return userAdminFailure(cause, 'deactivate');
		}
	},
	reactivate: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, userForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const member = await setActive(event.locals.db, scopeOf(ctx), parsed.data.userId, true);
			return done('reactivated', member);
		} catch (cause) {
			return userAdminFailure(cause, 'reactivate');
		}
	},
	reset: async (event) => {
		const ctx = await requireOrg(event, 'users.manage');
		const parsed = await parseForm(event.request, userForm);
		if (!parsed.ok) return parsed.failure;
		try {
			const member = await resetPassword(event.locals.db, scopeOf(ctx), parsed.data.userId);
			return done('reset', member, member.password);
		} catch (cause) {
			return userAdminFailure(cause, 'reset');
		}
	}
};

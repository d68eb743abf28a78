import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { actorOf } from '../audit';
import { verifyPassword } from '../auth/password';
import type { Database, Db } from '../db';
import { auditLog, users } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { createOrganisation, createUser, setMembership } from './accounts';
import { answerInvitation, InvitationNotFound, invite, listInvitations, pendingInvitations, withdrawInvitation } from './invitations';
import { listMembers, UserAdminError, type AdminScope } from './users-admin';

async function person(db: Db, email: string, orgId: string, role: Role, name = email.split('@')[0]!) {
	const user = await createUser(db, { email, name, password: 'een-lang-wachtwoord' });
	await setMembership(db, { userId: user.id, organisationId: orgId, role });
	return user;
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
	} catch (cause) {
		if (cause instanceof UserAdminError) return cause.code;
		if (cause instanceof InvitationNotFound) return 'not_found';
		throw cause;
	}
	return 'allowed';
}

const sessionUser = (u: { id: string; email: string; name: string }) => ({ ...u, mustChangePassword: false });

describe('inviting people into a board', () => {
	let database: Database;
	let db: Db;
	let noord: { id: string };
	let zuid: { id: string };
	let scope: AdminScope;
	let fg: { id: string; email: string; name: string };

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		noord = await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' });
		zuid = await createOrganisation(db, { name: 'Stichting Zuid', slug: 'zuid' });
		const admin = await person(db, 'admin@noord.test', noord.id, 'admin');
		scope = { organisationId: noord.id, userId: admin.id, actor: actorOf(admin) };
		fg = await person(db, 'fg@zuid.test', zuid.id, 'fg', 'Fenna Geheim');
	});
	afterAll(async () => {
		await database.close();
	});

	it('answers the admin the same for an address with an account elsewhere as for a new one', async () => {
		const existing = await invite(db, scope, { email: ' FG@zuid.test ', name: 'Getypte Naam', role: 'fg' });
		const fresh = await invite(db, scope, { email: 'Nieuw@Noord.test', name: 'Nieuwe Collega', role: 'viewer' });
		const shape = (r: typeof existing) => ({ keys: Object.keys(r).sort(), password: /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/.test(r.temporaryPassword ?? '') });
		expect(shape(existing)).toEqual(shape(fresh));
		// nothing of the other board's person in any answer or listing the admin gets
		const seen = JSON.stringify({ existing, fresh, members: await listMembers(db, noord.id), invited: await listInvitations(db, noord.id) });
		expect(seen).not.toContain(fg.id);
		expect(seen).not.toContain('Fenna');
		const invited = await listInvitations(db, noord.id);
		expect(invited.map(({ email, role }) => ({ email, role }))).toEqual([
			{ email: 'fg@zuid.test', role: 'fg' },
			{ email: 'nieuw@noord.test', role: 'viewer' }
		]);
		expect(Object.keys(invited[0]!).sort()).toEqual(['createdAt', 'email', 'id', 'role']);
		// no membership yet, for either
		expect((await listMembers(db, noord.id)).map((m) => m.email)).toEqual(['admin@noord.test']);
		// the existing account keeps its own password; the new one gets the temporary password, to change
		const [existingUser] = await db.select().from(users).where(eq(users.id, fg.id));
		expect(await verifyPassword(existingUser!.passwordHash, 'een-lang-wachtwoord')).toBe(true);
		expect(await verifyPassword(existingUser!.passwordHash, existing.temporaryPassword!)).toBe(false);
		const [newUser] = await db.select().from(users).where(eq(users.email, 'nieuw@noord.test'));
		expect(newUser).toMatchObject({ name: 'Nieuwe Collega', mustChangePassword: true });
		expect(await verifyPassword(newUser!.passwordHash, fresh.temporaryPassword!)).toBe(true);
		// the board's audit trail says "invited", the same for both
		const entries = await db.select({ action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId, after: auditLog.after }).from(auditLog).where(eq(auditLog.organisationId, noord.id));
		expect(entries.filter((e) => e.entity === 'invitation').map(({ action, after }) => ({ action, after }))).toEqual([
			{ action: 'invite', after: { email: 'fg@zuid.test', role: 'fg' } },
			{ action: 'invite', after: { email: 'nieuw@noord.test', role: 'viewer' } }
		]);
		expect(entries.filter((e) => e.entityId === fg.id || e.entityId === newUser!.id)).toEqual([]);
	});

	it('refuses a second invitation or a member, and needs no name for an address it cannot tell about', async () => {
		expect(await refusal(() => invite(db, scope, { email: 'fg@zuid.test', name: '', role: 'viewer' }))).toBe('already_invited');
		expect(await refusal(() => invite(db, scope, { email: 'admin@noord.test', name: '', role: 'viewer' }))).toBe('already_member');
		expect(await refusal(() => invite(db, scope, { email: 'naamloos@noord.test', name: '  ', role: 'viewer' }))).toBe('allowed');
		const [user] = await db.select().from(users).where(eq(users.email, 'naamloos@noord.test'));
		expect(user?.name).toBe('naamloos');
	});

	it('shows the person their invitations, and accepting makes them a member (audited)', async () => {
		const pending = await pendingInvitations(db, 'FG@zuid.test');
		expect(pending).toEqual([{ id: expect.any(String), organisation: 'Stichting Noord', role: 'fg' }]);
		// nobody else can answer it
		const other = await person(db, 'ander@zuid.test', zuid.id, 'viewer');
		expect(await refusal(() => answerInvitation(db, sessionUser(other), pending[0]!.id, true))).toBe('not_found');

		expect(await answerInvitation(db, sessionUser(fg), pending[0]!.id, true)).toEqual({ organisation: 'Stichting Noord', slug: 'noord' });
		expect((await listMembers(db, noord.id)).find((m) => m.id === fg.id)).toMatchObject({ name: 'Fenna Geheim', role: 'fg' });
		expect(await pendingInvitations(db, fg.email)).toEqual([]);
		expect((await listInvitations(db, noord.id)).map((i) => i.email)).not.toContain('fg@zuid.test');
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'invitation_accept'));
		expect(entry).toMatchObject({ organisationId: noord.id, actorUserId: fg.id, entityId: pending[0]!.id });
		// answered once only
		expect(await refusal(() => answerInvitation(db, sessionUser(fg), pending[0]!.id, true))).toBe('not_found');
	});

	it('declining leaves no membership; withdrawing takes an open invitation back; both audited', async () => {
		const [newUser] = await db.select().from(users).where(eq(users.email, 'nieuw@noord.test'));
		const [pending] = await pendingInvitations(db, 'nieuw@noord.test');
		await answerInvitation(db, sessionUser(newUser!), pending!.id, false);
		expect((await listMembers(db, noord.id)).some((m) => m.id === newUser!.id)).toBe(false);

		const { invitationId } = await invite(db, scope, { email: 'later@noord.test', name: 'Later', role: 'editor' });
		expect(await withdrawInvitation(db, scope, invitationId)).toEqual({ email: 'later@noord.test' });
		expect(await pendingInvitations(db, 'later@noord.test')).toEqual([]);
		expect(await refusal(() => withdrawInvitation(db, scope, invitationId))).toBe('not_invited');
		// another board's admin cannot withdraw this board's invitation
		const zuidAdmin = await person(db, 'admin@zuid.test', zuid.id, 'admin');
		const again = await invite(db, scope, { email: 'later@noord.test', name: '', role: 'editor' });
		const zuidScope = { organisationId: zuid.id, userId: zuidAdmin.id, actor: actorOf(zuidAdmin) };
		expect(await refusal(() => withdrawInvitation(db, zuidScope, again.invitationId))).toBe('not_invited');
		const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'invitation'))).map((r) => r.action);
		expect(actions).toEqual(expect.arrayContaining(['invitation_decline', 'invitation_withdraw']));
	});
});

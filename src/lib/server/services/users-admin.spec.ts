import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { actorOf } from '../audit';
import { verifyPassword } from '../auth/password';
import { createSession, validateSession } from '../auth/session';
import type { Database, Db } from '../db';
import { auditLog, memberships, users } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { createOrganisation, createUser, setMembership } from './accounts';
import { changeRole, listMembers, resetPassword, setActive, UserAdminError, type AdminScope } from './users-admin';

async function person(db: Db, email: string, orgId: string, role: Role) {
	const user = await createUser(db, { email, name: email.split('@')[0]!, password: 'een-lang-wachtwoord' });
	await setMembership(db, { userId: user.id, organisationId: orgId, role });
	return user;
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
	try {
		await run();
	} catch (cause) {
		if (cause instanceof UserAdminError) return cause.code;
		throw cause;
	}
	return 'allowed';
}

async function auditActions(db: Db, entityId: string) {
	const rows = await db.select({ action: auditLog.action, entity: auditLog.entity }).from(auditLog).where(eq(auditLog.entityId, entityId));
	return rows.map((r) => `${r.entity}:${r.action}`);
}

describe('user administration', () => {
	let database: Database;
	let db: Db;
	let noord: { id: string };
	let zuid: { id: string };
	let scope: AdminScope;
	let editor: { id: string };

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		noord = await createOrganisation(db, { name: 'Stichting Noord', slug: 'noord' });
		zuid = await createOrganisation(db, { name: 'Stichting Zuid', slug: 'zuid' });
		const admin = await person(db, 'admin@noord.test', noord.id, 'admin');
		editor = await person(db, 'editor@noord.test', noord.id, 'editor');
		scope = { organisationId: noord.id, userId: admin.id, actor: actorOf(admin) };
	});
	afterAll(async () => {
		await database.close();
	});

	it('changes a role and audits before and after', async () => {
		expect(await changeRole(db, scope, editor.id, 'fg')).toMatchObject({ name: 'editor', role: 'fg' });
		const [row] = await db
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.userId, editor.id), eq(memberships.organisationId, noord.id)));
		expect(row?.role).toBe('fg');
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, editor.id), eq(auditLog.action, 'role_change')));
		expect(entry).toMatchObject({ before: { role: 'editor' }, after: { role: 'fg' }, actorUserId: scope.userId });
	});

	it('does not let an admin lock themselves out', async () => {
		expect(await refusal(() => changeRole(db, scope, scope.userId, 'editor'))).toBe('self_lockout');
		expect(await refusal(() => setActive(db, scope, scope.userId, false))).toBe('self_lockout');
		expect(await refusal(() => resetPassword(db, scope, scope.userId))).toBe('self_lockout');
		expect(await refusal(() => changeRole(db, scope, scope.userId, 'admin'))).toBe('allowed');
	});

	it('refuses people who are not members of this organisation', async () => {
		const stranger = await person(db, 'vreemd@zuid.test', zuid.id, 'editor');
		expect(await refusal(() => changeRole(db, scope, stranger.id, 'viewer'))).toBe('not_member');
		expect(await refusal(() => setActive(db, scope, stranger.id, false))).toBe('not_member');
		expect(await refusal(() => resetPassword(db, scope, stranger.id))).toBe('not_member');
	});

	it('deactivates (ending sessions) and reactivates, auditing both', async () => {
		const target = await person(db, 'weg@noord.test', noord.id, 'viewer');
		const session = await createSession(db, target.id);
		await setActive(db, scope, target.id, false);
		expect(await validateSession(db, session.token)).toBeNull();
		expect((await listMembers(db, noord.id)).find((m) => m.id === target.id)?.active).toBe(false);
		await setActive(db, scope, target.id, true);
		expect((await listMembers(db, noord.id)).find((m) => m.id === target.id)?.active).toBe(true);
		expect(await auditActions(db, target.id)).toEqual(expect.arrayContaining(['user:deactivate', 'user:reactivate']));
	});

	it('resets a password to a temporary one, forces a change and ends sessions', async () => {
		const target = await person(db, 'vergeten@noord.test', noord.id, 'editor');
		const session = await createSession(db, target.id);
		const { password: temporary, email } = await resetPassword(db, scope, target.id);
		expect(email).toBe('vergeten@noord.test');
		const [user] = await db.select().from(users).where(eq(users.id, target.id));
		expect(user?.mustChangePassword).toBe(true);
		expect(await verifyPassword(user!.passwordHash, temporary)).toBe(true);
		expect(await verifyPassword(user!.passwordHash, 'een-lang-wachtwoord')).toBe(false);
		expect(await validateSession(db, session.token)).toBeNull();
		expect(await auditActions(db, target.id)).toContain('user:password_reset');
	});

	it('leaves the password and active flag of someone who also works for another board alone', async () => {
		const shared = await person(db, 'fg-gedeeld@noord.test', noord.id, 'fg');
		await setMembership(db, { userId: shared.id, organisationId: zuid.id, role: 'fg' });
		expect(await refusal(() => resetPassword(db, scope, shared.id))).toBe('shared_account');
		expect(await refusal(() => setActive(db, scope, shared.id, false))).toBe('shared_account');
		// the role in this board is this board's business
		expect(await refusal(() => changeRole(db, scope, shared.id, 'viewer'))).toBe('allowed');
		// an admin of both boards may
		await setMembership(db, { userId: scope.userId, organisationId: zuid.id, role: 'admin' });
		expect(await refusal(() => setActive(db, scope, shared.id, false))).toBe('allowed');
	});
});

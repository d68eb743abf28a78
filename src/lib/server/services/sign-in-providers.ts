import { and, eq, ne, sql } from 'drizzle-orm';
import { issuerOf, parseDomains, providerLabel, type ProviderKind } from '$lib/domain/sign-in-providers';
import type { ProviderFormData } from '$lib/components/sign-in/forms';
import { recordAudit, type Actor } from '../audit';
import { seal } from '../auth/secret-box';
import type { Db } from '../db';
import { memberships, organisations, signInProviders, type SignInProvider } from '../db/schema';

/** What the admin page shows: everything but the secret, of which only its presence is told. */
export type ProviderView = Omit<SignInProvider, 'clientSecret' | 'organisationId' | 'kind'> & { kind: ProviderKind; hasSecret: true; label: string };

export async function providerOf(db: Db, organisationId: string): Promise<SignInProvider | null> {
	const [row] = await db.select().from(signInProviders).where(eq(signInProviders.organisationId, organisationId));
	return row ?? null;
}

export function viewOf(row: SignInProvider): ProviderView {
	const { clientSecret: _secret, organisationId: _org, ...rest } = row;
	return { ...rest, kind: row.kind as ProviderKind, hasSecret: true, label: providerLabel(row.kind as ProviderKind, row.issuer) };
}

export class ProviderSettingsError extends Error {
	constructor(readonly field: 'clientSecret') {
		super(field);
	}
}

/** The settings as the audit trail keeps them: no secret, only whether it was replaced. */
function audited(row: Omit<SignInProvider, 'clientSecret' | 'updatedAt' | 'organisationId'>) {
	const { kind, issuer, tenant, hostedDomain, clientId, allowedDomains, createAccounts, passwordLoginOff } = row;
	return { kind, issuer, tenant, hostedDomain, clientId, allowedDomains, createAccounts, passwordLoginOff };
}

/**
 * Saves a board's provider. An empty secret keeps the stored one (the page never has it to send back);
 * a first save needs one. One audit entry with the settings before and after, never the secret.
 */
export async function saveProvider(db: Db, scope: { organisationId: string; actor: Actor }, form: ProviderFormData): Promise<ProviderView> {
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(signInProviders).where(eq(signInProviders.organisationId, scope.organisationId)).for('update');
		if (!before && !form.clientSecret) throw new ProviderSettingsError('clientSecret');
		const values = {
			kind: form.kind,
			issuer: issuerOf(form.kind, form),
			tenant: form.kind === 'entra' ? form.tenant.toLowerCase() : null,
			hostedDomain: form.kind === 'google' && form.hostedDomain ? form.hostedDomain : null,
			clientId: form.clientId,
			allowedDomains: parseDomains(form.allowedDomains).domains,
			createAccounts: form.createAccounts,
			passwordLoginOff: form.passwordLoginOff
		};
		const clientSecret = form.clientSecret ? seal(form.clientSecret) : before!.clientSecret;
		const [row] = await tx
			.insert(signInProviders)
			.values({ organisationId: scope.organisationId, ...values, clientSecret })
			.onConflictDoUpdate({ target: signInProviders.organisationId, set: { ...values, clientSecret, updatedAt: new Date() } })
			.returning();
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: before ? 'update' : 'create',
			entity: 'sign_in_provider',
			entityId: scope.organisationId,
			before: before ? audited(before) : null,
			after: { ...audited(row!), secretReplaced: Boolean(form.clientSecret) }
		});
		return viewOf(row!);
	});
}

export async function removeProvider(db: Db, scope: { organisationId: string; actor: Actor }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [gone] = await tx.delete(signInProviders).where(eq(signInProviders.organisationId, scope.organisationId)).returning();
		if (!gone) return false;
		await recordAudit(tx, { organisationId: scope.organisationId, actor: scope.actor, action: 'delete', entity: 'sign_in_provider', entityId: scope.organisationId, before: audited(gone) });
		return true;
	});
}

export interface SignInChoice {
	slug: string;
	name: string;
	label: string;
}

const choices = (db: Db) =>
	db
		.select({ slug: organisations.slug, name: organisations.name, kind: signInProviders.kind, issuer: signInProviders.issuer })
		.from(signInProviders)
		.innerJoin(organisations, eq(organisations.id, signInProviders.organisationId));

const asChoice = (r: { slug: string; name: string; kind: string; issuer: string }): SignInChoice => ({ slug: r.slug, name: r.name, label: providerLabel(r.kind as ProviderKind, r.issuer) });

/** Boards whose sign-in accepts this e-mail domain, for the login page's "school account" start. */
export async function boardsForDomain(db: Db, domain: string): Promise<SignInChoice[]> {
	const rows = await choices(db).where(sql`${signInProviders.allowedDomains} @> ${JSON.stringify([domain])}::jsonb`);
	return rows.map(asChoice);
}

export async function boardBySlug(db: Db, slug: string): Promise<SignInChoice | null> {
	const [row] = await choices(db).where(eq(organisations.slug, slug));
	return row ? asChoice(row) : null;
}

/**
 * What the login page offers. With one board configured (the usual install: one board, its own server)
 * its button; with more, an e-mail field that finds the board by domain, so the page does not list every
 * board that uses this server.
 */
export async function loginOptions(db: Db): Promise<{ single: SignInChoice | null; any: boolean }> {
	const rows = await choices(db).limit(2);
	return { single: rows.length === 1 ? asChoice(rows[0]!) : null, any: rows.length > 0 };
}

/**
 * A board that switched password login off keeps it only for its admins: true when the person is a
 * non-admin member of such a board. Asked only after the password proved right, so it tells nothing.
 */
export async function passwordLoginBlocked(db: Db, userId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: memberships.organisationId })
		.from(memberships)
		.innerJoin(signInProviders, eq(signInProviders.organisationId, memberships.organisationId))
		.where(and(eq(memberships.userId, userId), ne(memberships.role, 'admin'), eq(signInProviders.passwordLoginOff, true)))
		.limit(1);
	return Boolean(row);
}

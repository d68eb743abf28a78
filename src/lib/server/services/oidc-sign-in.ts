import { and, eq, gt, lt } from 'drizzle-orm';
import { acceptedEmail, type ClaimRefusal, type ProviderKind } from '$lib/domain/sign-in-providers';
import { recordAudit } from '../audit';
import { client, discover, isUnreachable } from '../auth/oidc-client';
import { SecretUnreadable } from '../auth/secret-box';
import { createSession } from '../auth/session';
import { hashSecret, randomSecret } from '../auth/tokens';
import type { Db } from '../db';
import { log, errorFields } from '../log';
import { memberships, organisations, signInAttempts, signInProviders, users, type SignInProvider } from '../db/schema';
import { findUserByEmail } from './accounts';

/** How long a person may take at the provider (typing a password, a second factor) before the state expires. */
export const ATTEMPT_TTL_MS = 10 * 60 * 1000;

export type StartRefusal = 'not_configured' | 'provider_down' | 'secret_unreadable';
export type FinishRefusal = StartRefusal | 'state' | 'provider_refused' | 'token_invalid' | ClaimRefusal | 'not_member' | 'inactive';

async function providerBySlug(db: Db, slug: string): Promise<(SignInProvider & { slug: string }) | null> {
	const [row] = await db
		.select({ provider: signInProviders, slug: organisations.slug })
		.from(signInProviders)
		.innerJoin(organisations, eq(organisations.id, signInProviders.organisationId))
		.where(eq(organisations.slug, slug));
	return row ? { ...row.provider, slug: row.slug } : null;
}

async function configOf(provider: SignInProvider): Promise<{ ok: true; config: client.Configuration } | { ok: false; reason: StartRefusal }> {
	try {
		return { ok: true, config: await discover(provider) };
	} catch (error) {
		if (error instanceof SecretUnreadable) return { ok: false, reason: 'secret_unreadable' };
		log.warn('sign-in provider discovery failed', { issuer: provider.issuer, ...errorFields(error) });
		return { ok: false, reason: 'provider_down' };
	}
}

/**
 * Starts a sign-in at the board's provider: authorization code flow with PKCE (S256), a state and a nonce.
 * The state goes to the browser (a cookie, so the sign-in can only finish in the browser that began it)
 * and, hashed, into sign_in_attempts with the verifier and nonce, so it can be used once.
 */
export async function startSignIn(
	db: Db,
	input: { slug: string; redirectUri: string; loginHint?: string; next?: string | null },
	now = new Date()
): Promise<{ ok: true; url: URL; state: string } | { ok: false; reason: StartRefusal }> {
	const provider = await providerBySlug(db, input.slug);
	if (!provider) return { ok: false, reason: 'not_configured' };
	const found = await configOf(provider);
	if (!found.ok) return found;
	const state = client.randomState();
	const nonce = client.randomNonce();
	const codeVerifier = client.randomPKCECodeVerifier();
	await db.delete(signInAttempts).where(lt(signInAttempts.expiresAt, now));
	await db.insert(signInAttempts).values({
		stateHash: hashSecret(state),
		organisationId: provider.organisationId,
		codeVerifier,
		nonce,
		next: input.next ?? null,
		expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS)
	});
	const params: Record<string, string> = {
		redirect_uri: input.redirectUri,
		scope: 'openid email profile',
		response_type: 'code',
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state,
		nonce
	};
	if (input.loginHint) params.login_hint = input.loginHint;
	if (provider.kind === 'google' && provider.hostedDomain) params.hd = provider.hostedDomain;
	return { ok: true, url: client.buildAuthorizationUrl(found.config, params), state };
}

export type FinishResult =
	| { ok: true; token: string; user: { id: string; email: string }; next: string | null }
	| { ok: false; reason: FinishRefusal; email?: string };

/**
 * Finishes a sign-in when the provider sends the person back. openid-client checks the code exchange and
 * the ID token (signature, issuer, audience, expiry, nonce); this adds who the token may stand for: a
 * verified address in an allowed domain, of an active member of the board (or, when the board allows it,
 * a new viewer). The result is an ordinary session of the app.
 */
export async function finishSignIn(db: Db, input: { callbackUrl: URL; cookieState: string | undefined; ip: string }, now = new Date()): Promise<FinishResult> {
	const state = input.callbackUrl.searchParams.get('state');
	if (!state || !input.cookieState || state !== input.cookieState) return { ok: false, reason: 'state' };
	const [attempt] = await db
		.delete(signInAttempts)
		.where(and(eq(signInAttempts.stateHash, hashSecret(state)), gt(signInAttempts.expiresAt, now)))
		.returning();
	if (!attempt) return { ok: false, reason: 'state' };
	const [provider] = await db.select().from(signInProviders).where(eq(signInProviders.organisationId, attempt.organisationId));
	if (!provider) return { ok: false, reason: 'not_configured' };
	const found = await configOf(provider);
	if (!found.ok) return found;

	let claims: Record<string, unknown>;
	try {
		const tokens = await client.authorizationCodeGrant(found.config, input.callbackUrl, {
			pkceCodeVerifier: attempt.codeVerifier,
			expectedState: state,
			expectedNonce: attempt.nonce,
			idTokenExpected: true
		});
		claims = (tokens.claims() ?? {}) as Record<string, unknown>;
	} catch (error) {
		if (error instanceof client.AuthorizationResponseError) return { ok: false, reason: 'provider_refused' };
		const reason = isUnreachable(error) ? 'provider_down' : 'token_invalid';
		log.warn('sign-in at provider refused', { issuer: provider.issuer, reason, ...errorFields(error) });
		return { ok: false, reason };
	}

	const accepted = acceptedEmail(provider.kind as ProviderKind, claims, provider);
	if (!accepted.ok) return { ok: false, reason: accepted.reason };
	const person = await memberFor(db, provider, accepted.email, typeof claims.name === 'string' ? claims.name : null);
	if (!person.ok) return { ...person, email: accepted.email };
	const session = await createSession(db, person.userId);
	await recordAudit(db, {
		organisationId: null,
		actor: { userId: person.userId, label: person.name },
		action: 'login',
		entity: 'user',
		entityId: person.userId,
		after: { method: 'oidc', issuer: provider.issuer }
	});
	return { ok: true, token: session.token, user: { id: person.userId, email: accepted.email }, next: attempt.next };
}

/** The member the address belongs to; a newcomer becomes a viewer only when the board allows it. */
async function memberFor(
	db: Db,
	provider: SignInProvider,
	email: string,
	claimedName: string | null
): Promise<{ ok: true; userId: string; name: string } | { ok: false; reason: 'not_member' | 'inactive' }> {
	return db.transaction(async (tx) => {
		const user = await findUserByEmail(tx, email);
		const actor = user ? { userId: user.id, label: user.name } : { userId: null, label: email };
		if (user && !user.active) {
			await recordAudit(tx, { organisationId: provider.organisationId, actor, action: 'login_failed', entity: 'user', entityId: user.id, after: { reason: 'inactive', method: 'oidc' } });
			return { ok: false, reason: 'inactive' };
		}
		const [membership] = user
			? await tx.select().from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, provider.organisationId)))
			: [];
		if (user && membership) return { ok: true, userId: user.id, name: user.name };
		if (!provider.createAccounts) return { ok: false, reason: 'not_member' };

		// Nobody knows this password: the account signs in through the provider (or after a reset).
		const created =
			user ??
			(await tx
				.insert(users)
				.values({ email, name: (claimedName ?? email).trim().slice(0, 200) || email, passwordHash: `!oidc:${randomSecret()}` })
				.returning())[0]!;
		await tx.insert(memberships).values({ userId: created.id, organisationId: provider.organisationId, role: 'viewer' });
		await recordAudit(tx, {
			organisationId: provider.organisationId,
			actor: { userId: created.id, label: created.name },
			action: 'create',
			entity: 'membership',
			entityId: created.id,
			after: { role: 'viewer', via: 'oidc_first_sign_in', newAccount: !user }
		});
		return { ok: true, userId: created.id, name: created.name };
	});
}

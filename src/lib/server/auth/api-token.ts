import { and, eq, isNull } from 'drizzle-orm';
import { isRole, type Role } from '$lib/domain/roles';
import type { Db } from '../db';
import { apiTokens, organisations } from '../db/schema';
import { newToken, secretMatches, splitToken } from './tokens';

export interface ApiPrincipal {
	tokenId: string;
	name: string;
	role: Role;
	organisation: { id: string; slug: string; name: string };
}

export async function createApiToken(
	db: Db,
	input: { organisationId: string; name: string; role: Role; createdBy: string | null }
): Promise<{ id: string; token: string }> {
	const { id, token, secretHash } = newToken();
	await db.insert(apiTokens).values({ id, secretHash, ...input });
	return { id, token };
}

/** Resolves `Authorization: Bearer <id>.<secret>`; a revoked or unknown token is simply no principal. */
export async function validateApiToken(db: Db, token: string): Promise<ApiPrincipal | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const [row] = await db
		.select({
			id: apiTokens.id,
			secretHash: apiTokens.secretHash,
			name: apiTokens.name,
			role: apiTokens.role,
			orgId: organisations.id,
			orgSlug: organisations.slug,
			orgName: organisations.name
		})
		.from(apiTokens)
		.innerJoin(organisations, eq(organisations.id, apiTokens.organisationId))
		.where(and(eq(apiTokens.id, parts.id), isNull(apiTokens.revokedAt)));
	if (!row || !secretMatches(parts.secret, row.secretHash) || !isRole(row.role)) return null;
	await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id));
	return {
		tokenId: row.id,
		name: row.name,
		role: row.role,
		organisation: { id: row.orgId, slug: row.orgSlug, name: row.orgName }
	};
}

import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Role } from '$lib/domain/roles';
import { recordAudit, type Actor } from '../audit';
import { createApiToken } from '../auth/api-token';
import type { Db } from '../db';
import { apiTokens, users } from '../db/schema';

export interface TokenScope {
	organisationId: string;
	userId: string;
	actor: Actor;
}

/** Every token of the organisation, revoked ones too: the list doubles as a record of what had access. */
export async function listTokens(db: Db, organisationId: string) {
	return db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			role: apiTokens.role,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt,
			revokedAt: apiTokens.revokedAt,
			createdByName: users.name
		})
		.from(apiTokens)
		.leftJoin(users, eq(users.id, apiTokens.createdBy))
		.where(eq(apiTokens.organisationId, organisationId))
		.orderBy(desc(apiTokens.createdAt));
}

/** Creates a token and returns `<id>.<secret>` once; only the hash is kept, so it cannot be shown again. */
export async function issueToken(db: Db, scope: TokenScope, input: { name: string; role: Role }): Promise<{ id: string; token: string }> {
	return db.transaction(async (tx) => {
		const created = await createApiToken(tx, { organisationId: scope.organisationId, name: input.name, role: input.role, createdBy: scope.userId });
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: 'create',
			entity: 'api_token',
			entityId: created.id,
			after: { name: input.name, role: input.role }
		});
		return created;
	});
}

/** Revokes an active token of this organisation; false when there is none (unknown, other board, or already revoked). */
export async function revokeToken(db: Db, scope: TokenScope, tokenId: string, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.update(apiTokens)
			.set({ revokedAt: now })
			.where(and(eq(apiTokens.id, tokenId), eq(apiTokens.organisationId, scope.organisationId), isNull(apiTokens.revokedAt)))
			.returning({ name: apiTokens.name, role: apiTokens.role });
		if (!row) return false;
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: 'revoke',
			entity: 'api_token',
			entityId: tokenId,
			before: { name: row.name, role: row.role, revoked: false },
			after: { revoked: true }
		});
		return true;
	});
}

import { eq } from 'drizzle-orm';
import { SWITCHABLE_POLICY } from '$lib/domain/triggers/statutory';
import { recordAudit, type Actor } from '../audit';
import type { Db } from '../db';
import { organisations, type PolicySettings } from '../db/schema';

/**
 * Switches the board-policy triggers S-1..S-4 (spec §9: board policy, not law, so the board may turn
 * them off; the legal, AP-list and WP248 rules cannot be). One audit entry per trigger that changed, so
 * the trail shows exactly which rule was switched, by whom and when.
 */
export async function updatePolicy(db: Db, scope: { organisationId: string; actor: Actor }, next: PolicySettings): Promise<string[]> {
	return db.transaction(async (tx) => {
		const [row] = await tx.select({ policy: organisations.policy }).from(organisations).where(eq(organisations.id, scope.organisationId));
		if (!row) throw new Error('organisation not found');
		const changed = SWITCHABLE_POLICY.filter((id) => (row.policy[id] ?? true) !== next[id]);
		if (!changed.length) return [];
		const policy: PolicySettings = { ...row.policy, ...Object.fromEntries(SWITCHABLE_POLICY.map((id) => [id, next[id]])) };
		await tx.update(organisations).set({ policy }).where(eq(organisations.id, scope.organisationId));
		for (const id of changed) {
			await recordAudit(tx, {
				organisationId: scope.organisationId,
				actor: scope.actor,
				action: 'update',
				entity: 'setting',
				entityId: `policy.${id}`,
				before: { enabled: row.policy[id] ?? true },
				after: { enabled: next[id] }
			});
		}
		return changed;
	});
}

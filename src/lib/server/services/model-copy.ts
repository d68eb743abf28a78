import { eq } from 'drizzle-orm';
import type { Tx } from '../db';
import { modelBases, modelItems } from '../db/schema';

/**
 * A new DPIA version of a local DPIA keeps its model basis and the inventarisatie, pointed at the copied
 * risks and measures (old id → new id), so nothing the school decided has to be decided again.
 */
export async function copyModelBasis(tx: Tx, fromVersionId: string, toVersionId: string, riskIds: Map<string, string>, measureIds: Map<string, string>) {
	const [basis] = await tx.select().from(modelBases).where(eq(modelBases.versionId, fromVersionId));
	if (!basis) return;
	await tx.insert(modelBases).values({ versionId: toVersionId, modelVersionId: basis.modelVersionId, answerChanges: basis.answerChanges });
	const items = await tx.select().from(modelItems).where(eq(modelItems.versionId, fromVersionId));
	if (items.length === 0) return;
	await tx.insert(modelItems).values(
		items.map(({ id: _id, versionId: _v, riskId, measureId, ...item }) => ({
			...item,
			versionId: toVersionId,
			riskId: riskId ? (riskIds.get(riskId) ?? null) : null,
			measureId: measureId ? (measureIds.get(measureId) ?? null) : null
		}))
	);
}

import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { dpiaModels, dpiaModelVersions, modelBases, modelItems, type DpiaModelVersion, type ModelItem } from '../db/schema';
import type { ModelDocument } from '../model/format';

export async function findModel(db: Db | Tx, organisationId: string, publisher: string, system: string) {
	const [row] = await db
		.select()
		.from(dpiaModels)
		.where(
			and(
				eq(dpiaModels.organisationId, organisationId),
				sql`lower(${dpiaModels.publisher}) = lower(${publisher})`,
				sql`lower(${dpiaModels.system}) = lower(${system})`
			)
		);
	return row ?? null;
}

/** The model of this identity, inserted unless another request made it first (the identity index decides). */
export async function modelFor(db: Db | Tx, organisationId: string, values: { publisher: string; system: string; supplierId: string | null }) {
	const [created] = await db
		.insert(dpiaModels)
		.values({ organisationId, ...values })
		.onConflictDoNothing()
		.returning();
	return created ?? (await findModel(db, organisationId, values.publisher, values.system))!;
}

export async function versionOf(db: Db | Tx, modelId: string, version: number): Promise<DpiaModelVersion | null> {
	const [row] = await db.select().from(dpiaModelVersions).where(and(eq(dpiaModelVersions.modelId, modelId), eq(dpiaModelVersions.version, version)));
	return row ?? null;
}

export async function readVersion(db: Db | Tx, organisationId: string, id: string) {
	const [row] = await db
		.select({ version: dpiaModelVersions, model: dpiaModels })
		.from(dpiaModelVersions)
		.innerJoin(dpiaModels, eq(dpiaModels.id, dpiaModelVersions.modelId))
		.where(and(eq(dpiaModelVersions.organisationId, organisationId), eq(dpiaModelVersions.id, id)));
	return row ? { ...row, document: row.version.document as ModelDocument } : null;
}

/** The newest version of a model, to offer as an update to DPIAs built on an older one. */
export async function latestVersion(db: Db | Tx, modelId: string): Promise<DpiaModelVersion | null> {
	const [row] = await db.select().from(dpiaModelVersions).where(eq(dpiaModelVersions.modelId, modelId)).orderBy(desc(dpiaModelVersions.version)).limit(1);
	return row ?? null;
}

/** Every model of the board with its versions, newest version first, without the documents. */
export async function library(db: Db | Tx, organisationId: string) {
	const rows = await db
		.select({
			modelId: dpiaModels.id,
			publisher: dpiaModels.publisher,
			system: dpiaModels.system,
			versionId: dpiaModelVersions.id,
			version: dpiaModelVersions.version,
			modelDate: dpiaModelVersions.modelDate,
			example: dpiaModelVersions.example,
			addedAt: dpiaModelVersions.addedAt
		})
		.from(dpiaModels)
		.innerJoin(dpiaModelVersions, eq(dpiaModelVersions.modelId, dpiaModels.id))
		.where(eq(dpiaModels.organisationId, organisationId))
		.orderBy(sql`lower(${dpiaModels.system})`, dpiaModels.id, desc(dpiaModelVersions.version));
	const models = new Map<string, { id: string; publisher: string; system: string; versions: { id: string; version: number; modelDate: string; example: boolean; addedAt: Date }[] }>();
	for (const r of rows) {
		const model = models.get(r.modelId) ?? { id: r.modelId, publisher: r.publisher, system: r.system, versions: [] };
		model.versions.push({ id: r.versionId, version: r.version, modelDate: r.modelDate, example: r.example, addedAt: r.addedAt });
		models.set(r.modelId, model);
	}
	return [...models.values()];
}

export type BasisDocument = ModelDocument;

export async function basisOf(db: Db | Tx, versionId: string) {
	const [row] = await db
		.select({ basis: modelBases, modelVersion: dpiaModelVersions, model: dpiaModels })
		.from(modelBases)
		.innerJoin(dpiaModelVersions, eq(dpiaModelVersions.id, modelBases.modelVersionId))
		.innerJoin(dpiaModels, eq(dpiaModels.id, dpiaModelVersions.modelId))
		.where(eq(modelBases.versionId, versionId));
	return row ? { ...row, document: row.modelVersion.document as ModelDocument } : null;
}

export async function itemsOf(db: Db | Tx, versionId: string): Promise<ModelItem[]> {
	return db.select().from(modelItems).where(eq(modelItems.versionId, versionId));
}

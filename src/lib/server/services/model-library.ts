import { m } from '$lib/paraglide/messages';
import { recordAudit } from '../audit';
import type { Db } from '../db';
import { dpiaModelVersions } from '../db/schema';
import type { ModelDocument } from '../model/format';
import { ModelRefused, modelHash } from '../model/parse';
import * as repo from '../repo/models';
import { one } from '../repo/rows';
import type { Scope } from './scope';
import { supplierForName } from './suppliers';

export type AddResult = { added: boolean; modelId: string; versionId: string; version: number; system: string };

/**
 * Adds a checked model to the board's library in one transaction: the model of its publisher and system
 * (made on first sight), the supplier it names (linked in, or made in, the supplier register) and the
 * version. The same version added again is recognised and stored once; another text under a version
 * number the library already has is refused, since DPIAs may be built on the stored one.
 */
export async function addModel(db: Db, scope: Scope, doc: ModelDocument): Promise<AddResult> {
	const sha256 = modelHash(doc);
	return db.transaction(async (tx) => {
		const { system, publisher, supplier: supplierName, modelVersion: version, date } = doc.identity;
		const supplier = await supplierForName(tx, scope, supplierName);
		const model = await repo.modelFor(tx, scope.organisationId, { publisher, system, supplierId: supplier?.id ?? null });
		const existing = await repo.versionOf(tx, model.id, version);
		if (existing?.sha256 === sha256) return { added: false, modelId: model.id, versionId: existing.id, version, system };
		if (existing) throw new ModelRefused([{ path: ['identity', 'modelVersion'], say: (locale) => m.model_version_taken({ version, system }, { locale }) }]);
		const row = one(
			await tx
				.insert(dpiaModelVersions)
				.values({ modelId: model.id, organisationId: scope.organisationId, version, modelDate: date, document: doc, sha256, example: doc.example === true, addedBy: scope.actor.userId })
				.returning()
		);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			actor: scope.actor,
			action: 'create',
			entity: 'model_version',
			entityId: row.id,
			after: { publisher, system, version, date, sha256, example: doc.example === true }
		});
		return { added: true, modelId: model.id, versionId: row.id, version, system };
	});
}

export function listLibrary(db: Db, scope: Scope) {
	return repo.library(db, scope.organisationId);
}

import { chainChanges, type ChainChange } from '$lib/domain/supplier';
import type { Certification, SubProcessor } from '$lib/domain/supplier/record';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import type { Supplier } from '../db/schema';
import * as processingsRepo from '../repo/processings';
import * as repo from '../repo/suppliers';
import { NotFound, type Scope } from './scope';

export class SupplierError extends Error {
	readonly _tag = 'SupplierError';
	constructor(readonly code: 'name_taken') {
		super(code);
	}
}

const chainOf = (s: Pick<Supplier, 'storageCountry' | 'subProcessors'>) => ({
	storageCountry: s.storageCountry,
	subProcessors: s.subProcessors.map((p) => ({ party: p.name, country: p.country, mechanism: p.mechanism }))
});

async function audit(tx: Tx, scope: Scope, action: string, entityId: string, before: unknown, after: unknown) {
	await recordAudit(tx, { organisationId: scope.organisationId, actor: scope.actor, action, entity: 'supplier', entityId, before, after });
}

async function ensureNameFree(tx: Tx, scope: Scope, name: string, except?: string) {
	const other = await repo.readByName(tx, scope.organisationId, name);
	if (other && other.id !== except) throw new SupplierError('name_taken');
}

const NO_FACTS = {
	kvkNumber: '',
	privacyContact: '',
	convenantParty: false,
	convenantSince: null,
	agreementModel: 'none',
	agreementSignedOn: null,
	agreementValidUntil: null,
	privacyAnnex: false,
	storageCountry: '',
	subProcessors: [],
	certifications: []
} satisfies Omit<repo.SupplierFacts, 'name'>;

/** The board's supplier of this name (case ignored), made with no facts yet when there is none; null for ''. */
export async function supplierForName(tx: Tx, scope: Scope, name: string): Promise<Supplier | null> {
	const trimmed = name.trim();
	if (!trimmed) return null;
	const known = await repo.readByName(tx, scope.organisationId, trimmed);
	if (known) return known;
	// two processings naming a new supplier at once: one makes it, the other finds it made
	const created = await repo.insertIfAbsent(tx, scope.organisationId, { name: trimmed, ...NO_FACTS });
	if (!created) return (await repo.readByName(tx, scope.organisationId, trimmed))!;
	await audit(tx, scope, 'create', created.id, null, { name: trimmed });
	return created;
}

export async function createSupplier(db: Db, scope: Scope, input: Omit<repo.SupplierFacts, 'subProcessors' | 'certifications'>): Promise<Supplier> {
	return db.transaction(async (tx) => {
		await ensureNameFree(tx, scope, input.name);
		const facts = { ...NO_FACTS, ...input };
		const created = await repo.insertIfAbsent(tx, scope.organisationId, facts);
		if (!created) throw new SupplierError('name_taken');
		await audit(tx, scope, 'create', created.id, null, facts);
		return created;
	});
}

/**
 * Changes a supplier's facts in one transaction with its audit entry. A change of where the data lives
 * (storage country or sub-processors) marks every live processing that relies on the supplier for review:
 * a new recipient or transfer is a significant change (spec §6.3, WP248 fn. 22).
 */
async function change(db: Db, scope: Scope, id: string, next: (current: Supplier) => Partial<repo.SupplierFacts>): Promise<ChainChange[]> {
	return db.transaction(async (tx) => {
		const current = await repo.read(tx, scope.organisationId, id);
		if (!current) throw new NotFound('supplier');
		const facts = next(current);
		if (facts.name !== undefined && facts.name !== current.name) {
			await ensureNameFree(tx, scope, facts.name, id);
			await repo.renameInProcessings(tx, id, facts.name);
		}
		const before = Object.fromEntries(Object.keys(facts).map((k) => [k, current[k as keyof Supplier]]));
		if (JSON.stringify(before) === JSON.stringify(facts)) return [];
		await repo.update(tx, id, facts);
		await audit(tx, scope, 'update', id, before, facts);
		const changes = chainChanges(chainOf(current), chainOf({ ...current, ...facts }));
		if (changes.length) {
			const marked = await repo.markChanged(tx, id, { at: new Date().toISOString(), changes });
			for (const processingId of marked)
				await recordAudit(tx, { organisationId: scope.organisationId, subjectId: processingId, actor: scope.actor, action: 'review_needed', entity: 'processing', entityId: processingId, after: { supplierId: id, changes } });
		}
		return changes;
	});
}

export const updateSupplier = (db: Db, scope: Scope, id: string, facts: Omit<repo.SupplierFacts, 'subProcessors' | 'certifications'>) =>
	change(db, scope, id, () => facts);

export const addSubProcessor = (db: Db, scope: Scope, id: string, item: SubProcessor) =>
	change(db, scope, id, (s) => ({ subProcessors: [...s.subProcessors, item] }));

export const removeSubProcessor = (db: Db, scope: Scope, id: string, index: number) =>
	change(db, scope, id, (s) => ({ subProcessors: s.subProcessors.filter((_, i) => i !== index) }));

export const addCertification = (db: Db, scope: Scope, id: string, item: Certification) =>
	change(db, scope, id, (s) => ({ certifications: [...s.certifications, item] }));

export const removeCertification = (db: Db, scope: Scope, id: string, index: number) =>
	change(db, scope, id, (s) => ({ certifications: s.certifications.filter((_, i) => i !== index) }));

export async function setArchived(db: Db, scope: Scope, id: string, archived: boolean): Promise<void> {
	await db.transaction(async (tx) => {
		const current = await repo.read(tx, scope.organisationId, id);
		if (!current) throw new NotFound('supplier');
		if (Boolean(current.archivedAt) === archived) return;
		await repo.update(tx, id, { archivedAt: archived ? new Date() : null });
		await audit(tx, scope, archived ? 'archive' : 'reactivate', id, null, null);
	});
}

/** Links a processing of the board to one of its suppliers (or unlinks it), audited on the processing. */
export async function linkProcessing(db: Db, scope: Scope, processingId: string, supplierId: string | null): Promise<void> {
	await db.transaction(async (tx) => {
		const processing = await processingsRepo.read(tx, scope.organisationId, processingId);
		if (!processing) throw new NotFound('processing');
		const supplier = supplierId ? await repo.read(tx, scope.organisationId, supplierId) : null;
		if (supplierId && (!supplier || supplier.archivedAt)) throw new NotFound('supplier');
		if (processing.supplierId === (supplier?.id ?? null)) return;
		await repo.link(tx, processingId, supplier ?? null);
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: processingId,
			actor: scope.actor,
			action: 'update',
			entity: 'processing',
			entityId: processingId,
			before: { supplierId: processing.supplierId, vendor: processing.vendor },
			after: { supplierId: supplier?.id ?? null, vendor: supplier?.name ?? '' }
		});
	});
}

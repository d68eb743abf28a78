import { recordItems } from '$lib/domain/questionnaire/records';
import { locationAnswers, withSupplierParty } from '$lib/domain/supplier';
import type { Db } from '../db';
import type { Supplier } from '../db/schema';
import * as processingsRepo from '../repo/processings';
import * as sectionRepo from '../repo/section-answers';
import * as supplierRepo from '../repo/suppliers';
import { saveSection, type SaveResult } from './questionnaire';
import { currentVersion, NotFound, type Scope } from './scope';

/** The sections whose questions are about the supplier (§6 parties and agreement, §8 locations). */
export const SUPPLIER_SECTIONS = ['6', '8'];

type Shown = Pick<Supplier, 'id' | 'name' | 'kvkNumber' | 'privacyContact' | 'convenantParty' | 'convenantSince' | 'agreementModel' | 'agreementSignedOn' | 'agreementValidUntil' | 'privacyAnnex' | 'storageCountry' | 'subProcessors'>;

/**
 * The supplier facts a §6 or §8 page shows beside its questions: for a signed-off version the record as
 * frozen at sign-off (a later edit of the supplier does not reach it), otherwise the current record.
 */
export async function supplierForSection(
	db: Db,
	scope: Scope,
	input: { processingId: string; frozen: boolean; supplierSnapshot: unknown }
): Promise<{ supplier: Shown; asSigned: boolean } | null> {
	if (input.frozen) return input.supplierSnapshot ? { supplier: input.supplierSnapshot as Shown, asSigned: true } : null;
	const processing = await processingsRepo.read(db, scope.organisationId, input.processingId);
	const supplier = processing?.supplierId ? await supplierRepo.read(db, scope.organisationId, processing.supplierId) : undefined;
	return supplier ? { supplier, asSigned: false } : null;
}

/**
 * Takes the linked supplier's location facts over into §8 (8.1 with the countries, 8.2 when one mechanism
 * applies), kept with the section's other answers, through the ordinary save: validated, audited per
 * answer, refused on a signed-off version, and a conflict when someone saved the section meanwhile.
 */
export async function takeOverLocations(db: Db, scope: Scope, assessmentId: string, expectedRevision: number): Promise<SaveResult> {
	const { supplier, stored } = await linkedSupplier(db, scope, assessmentId, '8');
	return saveSection(db, scope, assessmentId, { sectionId: '8', answers: { ...(stored?.answers ?? {}), ...locationAnswers(supplier) }, expectedRevision });
}

/**
 * Takes the linked supplier over into §6 as a party: processor, with 6.4 from its covenant membership and
 * agreement (`withSupplierParty`); the other parties and answers stay. The same ordinary save as §8.
 */
export async function takeOverParty(db: Db, scope: Scope, assessmentId: string, expectedRevision: number): Promise<SaveResult> {
	const { supplier, stored } = await linkedSupplier(db, scope, assessmentId, '6');
	const items = withSupplierParty(recordItems(stored?.answers), supplier);
	return saveSection(db, scope, assessmentId, { sectionId: '6', answers: { ...(stored?.answers ?? {}), items }, expectedRevision });
}

async function linkedSupplier(db: Db, scope: Scope, assessmentId: string, sectionId: string) {
	const { assessment, version } = await currentVersion(db, scope, assessmentId);
	const processing = await processingsRepo.read(db, scope.organisationId, assessment.processingId);
	const supplier = processing?.supplierId ? await supplierRepo.read(db, scope.organisationId, processing.supplierId) : undefined;
	if (!supplier) throw new NotFound('supplier');
	return { supplier, stored: await sectionRepo.read(db, version.id, sectionId) };
}

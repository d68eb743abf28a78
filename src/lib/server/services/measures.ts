import type { MeasureInput } from '$lib/components/risk/forms';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';

/** A chosen risk that is not part of the version (a stale form, or a forged id). */
export class UnknownRisk extends Error {
	readonly _tag = 'UnknownRisk';
	constructor(readonly riskIds: string[]) {
		super(`risks not in this version: ${riskIds.join(', ')}`);
	}
}

async function assertRisksInVersion(tx: Tx, versionId: string, riskIds: string[]): Promise<void> {
	const known = new Set((await riskRepo.list(tx, versionId)).map((r) => r.id));
	const unknown = riskIds.filter((id) => !known.has(id));
	if (unknown.length) throw new UnknownRisk(unknown);
}

function values(input: MeasureInput) {
	const { riskIds: _r, ...rest } = input;
	return rest;
}

export async function listMeasures(db: Db, scope: Scope, assessmentId: string) {
	const { version } = await currentVersion(db, scope, assessmentId);
	return { version, measures: await measureRepo.list(db, version.id), risks: await riskRepo.list(db, version.id) };
}

export async function createMeasure(db: Db, scope: Scope, assessmentId: string, input: MeasureInput) {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const riskIds = [...new Set(input.riskIds)];
		await assertRisksInVersion(tx, version.id, riskIds);
		const measure = await measureRepo.create(tx, version.id, values(input), riskIds);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'create', entity: 'measure', entityId: measure.id, after: measure });
		return measure;
	});
}

export async function readMeasure(db: Db, scope: Scope, assessmentId: string, measureId: string) {
	const { version } = await currentVersion(db, scope, assessmentId);
	const measure = await measureRepo.read(db, version.id, measureId);
	if (!measure) throw new NotFound('measure');
	return { version, measure, risks: await riskRepo.list(db, version.id) };
}

export async function updateMeasure(db: Db, scope: Scope, assessmentId: string, measureId: string, input: MeasureInput) {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const before = await measureRepo.read(tx, version.id, measureId);
		if (!before) throw new NotFound('measure');
		const riskIds = [...new Set(input.riskIds)];
		await assertRisksInVersion(tx, version.id, riskIds);
		const after = await measureRepo.update(tx, version.id, measureId, values(input), riskIds);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'update', entity: 'measure', entityId: measureId, before, after });
		return after!;
	});
}

export async function deleteMeasure(db: Db, scope: Scope, assessmentId: string, measureId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const before = await measureRepo.read(tx, version.id, measureId);
		if (!before) throw new NotFound('measure');
		await measureRepo.destroy(tx, version.id, measureId);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'delete', entity: 'measure', entityId: measureId, before });
	});
}

export { isOverdue } from '$lib/components/risk/overdue';

import type { RiskInput } from '$lib/components/risk/forms';
import { RISK_CATALOGUE } from '$lib/domain/risk/catalogue';
import { highestLevel, residualLevel } from '$lib/domain/risk/scoring';
import { riskLevel } from '$lib/domain/risk/matrix';
import { recordAudit } from '../audit';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { currentVersion, NotFound, type Scope } from './scope';
import { assertVersionEditable } from './version-lock';

/** An override equal to the computed level is no deviation: store none, so no reason is demanded. */
function normalise(input: RiskInput) {
	const computed = riskLevel(input.severity, input.likelihood);
	const deviates = input.levelOverride !== null && input.levelOverride !== computed;
	return {
		...input,
		levelOverride: deviates ? input.levelOverride : null,
		overrideReason: deviates ? input.overrideReason : null,
		acceptanceReason: input.accepted ? input.acceptanceReason : null
	};
}

/** The register shows each DPIA's highest residual level; keep it in step with every risk change. */
async function refreshHighestResidual(tx: Tx, assessmentId: string, versionId: string): Promise<void> {
	const level = highestLevel((await riskRepo.list(tx, versionId)).map(residualLevel));
	await tx.update(assessments).set({ highestResidualLevel: level, updatedAt: new Date() }).where(eq(assessments.id, assessmentId));
}

export async function listRisks(db: Db, scope: Scope, assessmentId: string) {
	const found = await riskRepo.ofCurrentVersion(db, scope.organisationId, assessmentId);
	if (!found) throw new NotFound('assessment');
	return found;
}

export async function readRisk(db: Db, scope: Scope, assessmentId: string, riskId: string) {
	const { version } = await currentVersion(db, scope, assessmentId);
	const risk = await riskRepo.read(db, version.id, riskId);
	if (!risk) throw new NotFound('risk');
	return { version, risk };
}

export async function createRisk(db: Db, scope: Scope, assessmentId: string, input: RiskInput) {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const risk = await riskRepo.create(tx, version.id, normalise(input));
		await refreshHighestResidual(tx, assessment.id, version.id);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'create', entity: 'risk', entityId: risk.id, after: risk });
		return risk;
	});
}

export async function updateRisk(db: Db, scope: Scope, assessmentId: string, riskId: string, input: RiskInput) {
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const before = await riskRepo.read(tx, version.id, riskId);
		if (!before) throw new NotFound('risk');
		const after = await riskRepo.update(tx, version.id, riskId, normalise(input));
		await refreshHighestResidual(tx, assessment.id, version.id);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'update', entity: 'risk', entityId: riskId, before, after });
		return after!;
	});
}

export async function deleteRisk(db: Db, scope: Scope, assessmentId: string, riskId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const before = await riskRepo.read(tx, version.id, riskId);
		if (!before) throw new NotFound('risk');
		// links go with the risk (FK cascade); a measure left without any risk stays, and shows as unlinked
		await riskRepo.destroy(tx, version.id, riskId);
		await refreshHighestResidual(tx, assessment.id, version.id);
		await recordAudit(tx, { organisationId: scope.organisationId, subjectId: assessment.id, actor: scope.actor, action: 'delete', entity: 'risk', entityId: riskId, before });
	});
}

/**
 * Adds a catalogue risk (spec §5.3) in the user's language, with its typical mitigations as planned
 * measures linked to it.
 */
export async function addCatalogueRisk(db: Db, scope: Scope, assessmentId: string, catalogueId: string, locale: 'nl' | 'en') {
	const entry = RISK_CATALOGUE.find((r) => r.id === catalogueId);
	if (!entry) throw new NotFound('catalogue risk');
	return db.transaction(async (tx) => {
		const { assessment, version } = await currentVersion(tx, scope, assessmentId);
		await assertVersionEditable(tx, version.id);
		const risk = await riskRepo.create(tx, version.id, {
			catalogueId: entry.id,
			title: entry.label[locale],
			fearedEvent: entry.fearedEvent,
			// a neutral start (2×2) that the assessor adjusts for the local situation
			severity: 2,
			likelihood: 2
		});
		await refreshHighestResidual(tx, assessment.id, version.id);
		const measures = [];
		for (const mitigation of entry.mitigations) {
			measures.push(
				await measureRepo.create(tx, version.id, { title: mitigation.label[locale], type: mitigation.type, status: 'planned' }, [risk.id])
			);
		}
		await recordAudit(tx, {
			organisationId: scope.organisationId,
			subjectId: assessment.id,
			actor: scope.actor,
			action: 'create',
			entity: 'risk',
			entityId: risk.id,
			after: { ...risk, measures: measures.map((m) => m.id) }
		});
		return { risk, measures };
	});
}

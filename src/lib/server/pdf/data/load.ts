import { and, asc, count, eq, inArray, lte, max, min } from 'drizzle-orm';
import type { Db, Tx } from '../../db';
import { assessments, assessmentVersions, auditLog, organisations, processings, users, type AssessmentVersion } from '../../db/schema';
import * as documentRepo from '../../repo/documents';
import * as measureRepo from '../../repo/measures';
import * as processingRepo from '../../repo/processings';
import * as riskRepo from '../../repo/risks';
import * as workflowRepo from '../../repo/workflow';
import { NotFound } from '../../services/scope';
import { loadVersionData } from '../../services/version-data';
import { dutchDay as day } from '../layout/format';
import { snapshotModel } from './model';
import { isReportSnapshot, SNAPSHOT_FORMAT, type ReportSnapshot, type SnapshotPrescan } from './types';

async function namesOf(db: Db | Tx, ids: (string | null)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map();
	const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
	return new Map(rows.map((r) => [r.id, r.name]));
}

function prescanOf(row: Awaited<ReturnType<typeof processingRepo.latestPrescan>>): SnapshotPrescan | null {
	if (!row) return null;
	const result = row.result as Partial<Pick<SnapshotPrescan, 'criteriaMet' | 'reasons' | 'flags'>>;
	return {
		outcome: row.outcome,
		criteriaMet: result.criteriaMet ?? [],
		reasons: (result.reasons ?? []).map((r) => ({ id: r.id, source: r.source, effect: r.effect, ...(r.derived ? { derived: true } : {}) })),
		flags: result.flags ?? [],
		ranOn: day(row.createdAt),
		reasoning: row.reasoning,
		fgView: row.fgView
	};
}

async function auditSummary(db: Db | Tx, subjectIds: string[], until: Date): Promise<ReportSnapshot['audit']> {
	const where = and(inArray(auditLog.subjectId, subjectIds), lte(auditLog.createdAt, until));
	const [span] = await db.select({ entries: count(), firstAt: min(auditLog.createdAt), lastAt: max(auditLog.createdAt) }).from(auditLog).where(where);
	const counts = await db
		.select({ entity: auditLog.entity, action: auditLog.action, count: count() })
		.from(auditLog)
		.where(where)
		.groupBy(auditLog.entity, auditLog.action)
		.orderBy(asc(auditLog.entity), asc(auditLog.action));
	const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
	return { entries: Number(span?.entries ?? 0), firstAt: iso(span?.firstAt), lastAt: iso(span?.lastAt), counts: counts.map((c) => ({ ...c, count: Number(c.count) })) };
}

/**
 * The report snapshot of a version from the live tables. `now` bounds the audit summary and stands in
 * as capture time, so a caller inside the sign-off transaction can pin both.
 */
export async function buildReportSnapshot(db: Db | Tx, versionId: string, now = new Date()): Promise<ReportSnapshot> {
	const base = await loadVersionData(db, versionId);
	const [row] = await db
		.select({ version: assessmentVersions, assessment: assessments, processing: processings, organisation: organisations.name })
		.from(assessmentVersions)
		.innerJoin(assessments, eq(assessments.id, assessmentVersions.assessmentId))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(organisations, eq(organisations.id, assessmentVersions.organisationId))
		.where(eq(assessmentVersions.id, versionId));
	if (!row) throw new NotFound('version');
	const { version, assessment } = row;
	const risks = new Map((await riskRepo.list(db, versionId)).map((r) => [r.id, r]));
	const measures = new Map((await measureRepo.list(db, versionId)).map((x) => [x.id, x]));
	const steps = await workflowRepo.history(db, versionId);
	const versions = (await workflowRepo.versionsOf(db, assessment.id)).filter((v) => v.number <= version.number);
	const names = await namesOf(db, steps.map((s) => s.userId));
	// signed off = the sign-off step is recorded; inside the sign-off transaction the version is not frozen yet
	const frozen = [...steps].reverse().find((s) => s.action === 'sign_off') ?? null;
	return {
		...base,
		format: SNAPSHOT_FORMAT,
		capturedAt: (frozen?.createdAt ?? now).toISOString(),
		organisation: { name: row.organisation },
		schools: (await processingRepo.schoolsOf(db, row.processing.id)).map((s) => s.name),
		risks: base.risks.map((r) => {
			const full = risks.get(r.id)!;
			return { ...r, origin: full.origin, severityMotivation: full.severityMotivation, likelihoodMotivation: full.likelihoodMotivation, overrideReason: full.overrideReason };
		}),
		measures: base.measures.map((x) => ({ ...x, description: measures.get(x.id)!.description })),
		prescan: prescanOf(await processingRepo.latestPrescan(db, row.processing.id)),
		review: { decidedOn: assessment.decidedOn, reviewDueOn: assessment.reviewDueOn },
		versions: versions.map((v) => {
			const frozenAt = v.frozenAt ?? (v.id === versionId ? frozen?.createdAt : null);
			return { number: v.number, status: v.status, reason: v.reason, createdOn: day(v.createdAt), frozenOn: frozenAt ? day(frozenAt) : null };
		}),
		history: steps.map((s) => ({
			action: s.action,
			fromStatus: s.fromStatus,
			toStatus: s.toStatus,
			at: s.createdAt.toISOString(),
			by: (s.userId && names.get(s.userId)) || '',
			note: s.note
		})),
		shares: (await workflowRepo.shares(db, versionId)).map((s) => ({
			sharedOn: s.sharedOn,
			responseKind: s.responseKind,
			responseText: s.responseText,
			respondedOn: s.respondedOn
		})),
		audit: await auditSummary(db, [assessment.id, row.processing.id], now),
		model: await snapshotModel(db, versionId, base.answers),
		documents: (await documentRepo.listOfVersion(db, versionId)).map((d) => ({ questionId: d.questionId ?? '', fileName: d.fileName, sha256: d.sha256, size: d.size, addedOn: day(d.uploadedAt) })),
		signedOff: frozen ? { at: frozen.createdAt.toISOString(), by: (frozen.userId && names.get(frozen.userId)) || '' } : null
	};
}

/**
 * What a report of this version renders from: the snapshot stored at sign-off when there is one (so the
 * bytes match the recorded hash), otherwise the live data.
 */
export async function reportSnapshotOf(db: Db | Tx, versionId: string): Promise<ReportSnapshot> {
	const version = await workflowRepo.versionById(db, versionId);
	if (!version) throw new NotFound('version');
	return reportSnapshotFor(db, version);
}

/** The same, for a version row the caller has already read (with its stored snapshot, which can be megabytes). */
export async function reportSnapshotFor(db: Db | Tx, version: Pick<AssessmentVersion, 'id' | 'frozenAt' | 'snapshot'>): Promise<ReportSnapshot> {
	if (version.frozenAt && isReportSnapshot(version.snapshot)) return version.snapshot;
	return buildReportSnapshot(db, version.id);
}

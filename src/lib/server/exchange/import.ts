import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { one } from '../repo/rows';
import {
	apConsultations,
	assessments,
	comments,
	commentThreads,
	assessmentVersions,
	boardDecisions,
	fgAdvice,
	gmrShares,
	memberships,
	prescans,
	processings,
	processingSchools,
	schools,
	sectionAnswers,
	transitions,
	users
} from '../db/schema';
import { recordAudit, type Actor } from '../audit';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { existingImport } from './duplicates';
import type { DpiaExport } from './format';
import { supplierForName } from '../services/suppliers';
import { AlreadyImported } from './refusal';

export { AlreadyImported, ImportRefused } from './refusal';
export { parseExportText, validateExport } from './parse';

export interface ImportResult {
	assessmentId: string;
	processingId: string;
	/** Things that could not be carried over, e.g. school names the receiving board does not have. */
	warnings: string[];
}

export interface ImportOptions {
	/** Import even when the board already has this DPIA, as a copy beside it. */
	copy?: boolean;
	/**
	 * A note kept with the DPIA as a comment on one question of its current version: an import from another
	 * tool keeps its report there, so what did not map stays with the DPIA.
	 */
	note?: { sectionId: string; questionId: string; body: string };
	/** Where the file came from, for the audit trail (`cnil`, `par`); our own format when absent. */
	source?: string;
}

/**
 * Creates the DPIA of a document in the organisation, with new ids, in one transaction: a document that
 * fails half-way leaves nothing behind. A DPIA the board already has (the same exported DPIA) is refused
 * with its name, unless a copy is asked for: importing the same file twice is almost always a mistake.
 */
export async function importAssessment(db: Db, organisationId: string, doc: DpiaExport, actor: Actor, options: ImportOptions = {}): Promise<ImportResult> {
	const warnings: string[] = [];
	return db.transaction(async (tx) => {
		const existing = options.copy ? null : await existingImport(tx, organisationId, doc.assessment.id);
		if (existing) throw new AlreadyImported(existing);
		const people = await memberIds(tx, organisationId, doc);
		const who = (email: string | null) => (email ? (people.get(email.toLowerCase()) ?? null) : null);
		const at = (iso: string | null) => (iso ? new Date(iso) : null);

		// the file's supplier is the board's supplier of that name, made on first mention, as for a new processing
		const supplier = await supplierForName(tx, { organisationId, actor }, doc.processing.vendor);
		const processing = one(await tx
			.insert(processings)
			.values({
				organisationId,
				name: doc.processing.name,
				vendor: supplier?.name ?? '',
				supplierId: supplier?.id ?? null,
				description: doc.processing.description,
				prescanOutcome: doc.processing.prescanOutcome,
				createdBy: actor.userId,
				createdAt: new Date(doc.processing.createdAt),
				archivedAt: at(doc.processing.archivedAt)
			})
			.returning());
		const schoolIds = await schoolIdsByName(tx, organisationId, doc.processing.schools, warnings);
		if (schoolIds.length) await tx.insert(processingSchools).values(schoolIds.map((schoolId) => ({ processingId: processing.id, schoolId })));

		for (const scan of doc.prescans) {
			await tx.insert(prescans).values({
				organisationId,
				processingId: processing.id,
				input: scan.input ?? {},
				result: scan.result ?? {},
				outcome: scan.outcome,
				reasoning: scan.reasoning,
				fgView: scan.fgView,
				fgViewBy: who(scan.fgViewBy),
				fgViewAt: at(scan.fgViewAt),
				createdBy: who(scan.createdBy),
				createdAt: new Date(scan.createdAt)
			});
		}

		const assessment = one(await tx
			.insert(assessments)
			.values({
				organisationId,
				processingId: processing.id,
				status: doc.assessment.status,
				currentVersion: doc.assessment.currentVersion,
				highestResidualLevel: doc.assessment.highestResidualLevel,
				decidedOn: doc.assessment.decidedOn,
				reviewDueOn: doc.assessment.reviewDueOn,
				createdAt: new Date(doc.assessment.createdAt)
			})
			.returning());

		const carried = doc.versions.reduce((n, v) => n + (v.documents?.length ?? 0), doc.processing.documents?.length ?? 0);
		// the format holds a document's facts and hash, not its bytes (format.ts): say what did not come along
		if (carried) warnings.push(`${carried} attached document(s) listed by name and SHA-256 only; add the files again`);
		for (const v of doc.versions) {
			const version = one(await tx
				.insert(assessmentVersions)
				.values({
					assessmentId: assessment.id,
					organisationId,
					number: v.number,
					status: v.status,
					reason: v.reason,
					createdBy: who(v.createdBy),
					createdAt: new Date(v.createdAt),
					frozenAt: at(v.frozenAt),
					frozenBy: who(v.frozenBy),
					snapshot: v.snapshot ?? null,
					fullReportSha256: v.fullReportSha256,
					gmrReportSha256: v.gmrReportSha256,
					fullReportSha256En: v.fullReportSha256En ?? null,
					gmrReportSha256En: v.gmrReportSha256En ?? null
				})
				.returning());
			if (options.note && v.number === doc.assessment.currentVersion) {
				const thread = one(await tx.insert(commentThreads).values({ versionId: version.id, sectionId: options.note.sectionId, questionId: options.note.questionId }).returning());
				await tx.insert(comments).values({ threadId: thread.id, authorId: actor.userId, authorName: actor.label, body: options.note.body });
			}
			for (const a of v.answers) {
				await tx.insert(sectionAnswers).values({
					versionId: version.id,
					sectionId: a.sectionId,
					answers: a.answers,
					updatedBy: who(a.updatedBy),
					updatedAt: new Date(a.updatedAt)
				});
			}
			const riskIds = new Map<string, string>();
			for (const { id, ...risk } of v.risks) riskIds.set(id, (await riskRepo.create(tx, version.id, risk)).id);
			for (const { id: _id, riskIds: linked, ...measure } of v.measures) {
				await measureRepo.create(tx, version.id, measure, linked.map((old) => riskIds.get(old)!));
			}
			for (const a of v.fgAdvice)
				await tx.insert(fgAdvice).values({ versionId: version.id, verdict: a.verdict, text: a.text, advisedOn: a.advisedOn, userId: who(a.by), createdAt: new Date(a.createdAt) });
			for (const d of v.boardDecisions)
				await tx.insert(boardDecisions).values({
					versionId: version.id,
					decision: d.decision,
					motivation: d.motivation,
					residualRiskAcceptance: d.residualRiskAcceptance,
					deviationMotivation: d.deviationMotivation,
					decidedOn: d.decidedOn,
					userId: who(d.by),
					createdAt: new Date(d.createdAt)
				});
			for (const c of v.apConsultations)
				await tx.insert(apConsultations).values({
					versionId: version.id,
					requestedOn: c.requestedOn,
					reference: c.reference,
					answeredOn: c.answeredOn,
					outcome: c.outcome,
					userId: who(c.by),
					createdAt: new Date(c.createdAt)
				});
			for (const s of v.gmrShares)
				await tx.insert(gmrShares).values({
					versionId: version.id,
					sharedOn: s.sharedOn,
					sharedBy: who(s.sharedBy),
					responseKind: s.responseKind,
					responseText: s.responseText,
					respondedOn: s.respondedOn,
					respondedBy: who(s.respondedBy),
					createdAt: new Date(s.createdAt)
				});
			for (const t of v.transitions)
				await tx.insert(transitions).values({
					versionId: version.id,
					action: t.action,
					fromStatus: t.fromStatus,
					toStatus: t.toStatus,
					note: t.note,
					userId: who(t.by),
					snapshot: t.snapshot ?? null,
					createdAt: new Date(t.createdAt)
				});
		}

		await recordAudit(tx, {
			organisationId,
			subjectId: assessment.id,
			actor,
			action: 'import',
			entity: 'assessment',
			entityId: assessment.id,
			after: { processing: doc.processing.name, versions: doc.versions.length, sourceAssessmentId: doc.assessment.id, copy: options.copy === true, warnings, ...(options.source ? { source: options.source } : {}) }
		});
		return { assessmentId: assessment.id, processingId: processing.id, warnings };
	});
}

/** E-mail → user id for members of the receiving organisation; others stay anonymous (null). */
async function memberIds(tx: Tx, organisationId: string, doc: DpiaExport): Promise<Map<string, string>> {
	const emails = new Set<string>();
	JSON.stringify(doc, (key, value) => {
		if (typeof value === 'string' && /^(createdBy|frozenBy|updatedBy|by|sharedBy|respondedBy|fgViewBy)$/.test(key)) emails.add(value.toLowerCase());
		return value;
	});
	if (emails.size === 0) return new Map();
	const rows = await tx
		.select({ id: users.id, email: users.email })
		.from(users)
		.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
		.where(inArray(users.email, [...emails]));
	return new Map(rows.map((r) => [r.email, r.id]));
}

async function schoolIdsByName(tx: Tx, organisationId: string, names: string[], warnings: string[]): Promise<string[]> {
	if (names.length === 0) return [];
	const rows = await tx
		.select({ id: schools.id, name: schools.name })
		.from(schools)
		.where(and(eq(schools.organisationId, organisationId), inArray(schools.name, names)));
	for (const name of names) if (!rows.some((r) => r.name === name)) warnings.push(`school "${name}" not found in this organisation`);
	return rows.map((r) => r.id);
}

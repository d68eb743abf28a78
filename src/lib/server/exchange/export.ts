import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import {
	assessments,
	organisations,
	prescans,
	processings,
	processingSchools,
	schools,
	sectionAnswers,
	users
} from '../db/schema';
import * as documentRepo from '../repo/documents';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import * as workflowRepo from '../repo/workflow';
import { FORMAT_VERSION, type DpiaExport } from './format';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The whole DPIA of one organisation as one open-format document; null when the id is not the board's. */
export async function exportAssessment(db: Db, organisationId: string, assessmentId: string): Promise<DpiaExport | null> {
	const [row] = await db
		.select({ assessment: assessments, processing: processings, organisation: organisations })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(organisations, eq(organisations.id, assessments.organisationId))
		.where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, organisationId)));
	if (!row) return null;
	const { assessment, processing, organisation } = row;

	const schoolRows = await db
		.select({ name: schools.name })
		.from(processingSchools)
		.innerJoin(schools, eq(schools.id, processingSchools.schoolId))
		.where(eq(processingSchools.processingId, processing.id))
		.orderBy(asc(schools.name));
	const scans = await db.select().from(prescans).where(eq(prescans.processingId, processing.id)).orderBy(asc(prescans.createdAt));

	const ownDocuments = await documentRepo.listOf(db, organisationId, { processingId: processing.id });
	const raw = [];
	for (const version of await workflowRepo.versionsOf(db, assessment.id)) {
		raw.push({
			version,
			documents: await documentRepo.listOfVersion(db, version.id),
			answers: await db
				.select()
				.from(sectionAnswers)
				.where(eq(sectionAnswers.versionId, version.id))
				.orderBy(asc(sectionAnswers.sectionId)),
			risks: await riskRepo.list(db, version.id),
			measures: await measureRepo.list(db, version.id),
			advice: await workflowRepo.allAdvice(db, version.id),
			decisions: await workflowRepo.allDecisions(db, version.id),
			consultations: await workflowRepo.consultations(db, version.id),
			shares: await workflowRepo.shares(db, version.id),
			transitions: await workflowRepo.history(db, version.id)
		});
	}
	const referenced = [
		...scans.flatMap((p) => [p.createdBy, p.fgViewBy]),
		...ownDocuments.map((d) => d.uploadedBy),
		...raw.flatMap((r) => [
			r.version.createdBy,
			r.version.frozenBy,
			...r.answers.map((a) => a.updatedBy),
			...r.documents.map((d) => d.uploadedBy),
			...r.advice.map((a) => a.userId),
			...r.decisions.map((d) => d.userId),
			...r.consultations.map((c) => c.userId),
			...r.shares.flatMap((s) => [s.sharedBy, s.respondedBy]),
			...r.transitions.map((t) => t.userId)
		])
	];
	const emails = await emailsOf(db, referenced);
	const who = (id: string | null) => (id ? (emails.get(id) ?? null) : null);
	const documentFacts = (d: (typeof ownDocuments)[number]) => ({
		id: d.id,
		fileName: d.fileName,
		contentType: d.contentType,
		size: d.size,
		sha256: d.sha256,
		uploadedBy: who(d.uploadedBy),
		uploadedAt: d.uploadedAt.toISOString()
	});

	const versions = raw.map(({ version, answers, documents, risks, measures, advice, decisions, consultations, shares, transitions }) => ({
			id: version.id,
			number: version.number,
			status: version.status,
			reason: version.reason,
			createdBy: who(version.createdBy),
			createdAt: version.createdAt.toISOString(),
			frozenAt: iso(version.frozenAt),
			frozenBy: who(version.frozenBy),
			snapshot: version.snapshot ?? null,
			fullReportSha256: version.fullReportSha256,
			gmrReportSha256: version.gmrReportSha256,
			fullReportSha256En: version.fullReportSha256En,
			gmrReportSha256En: version.gmrReportSha256En,
			answers: answers.map((a) => ({
				sectionId: a.sectionId,
				answers: a.answers,
				updatedBy: who(a.updatedBy),
				updatedAt: a.updatedAt.toISOString()
			})),
			documents: documents.map((d) => ({ ...documentFacts(d), questionId: d.questionId ?? '' })),
			risks: risks.map((r) => ({
				id: r.id,
				catalogueId: r.catalogueId,
				title: r.title,
				description: r.description,
				origin: r.origin,
				fearedEvent: r.fearedEvent,
				severity: r.severity,
				severityMotivation: r.severityMotivation,
				likelihood: r.likelihood,
				likelihoodMotivation: r.likelihoodMotivation,
				levelOverride: r.levelOverride,
				overrideReason: r.overrideReason,
				discrimination: r.discrimination,
				residualSeverity: r.residualSeverity,
				residualLikelihood: r.residualLikelihood,
				accepted: r.accepted,
				acceptanceReason: r.acceptanceReason
			})),
			measures: measures.map((m) => ({
				id: m.id,
				title: m.title,
				description: m.description,
				type: m.type,
				owner: m.owner,
				dueOn: m.dueOn,
				status: m.status,
				riskIds: [...m.riskIds].sort()
			})),
			fgAdvice: advice.map((a) => ({
				verdict: a.verdict,
				text: a.text,
				advisedOn: a.advisedOn,
				by: who(a.userId),
				createdAt: a.createdAt.toISOString()
			})),
			boardDecisions: decisions.map((d) => ({
				decision: d.decision,
				motivation: d.motivation,
				residualRiskAcceptance: d.residualRiskAcceptance,
				deviationMotivation: d.deviationMotivation,
				decidedOn: d.decidedOn,
				by: who(d.userId),
				createdAt: d.createdAt.toISOString()
			})),
			apConsultations: consultations.map((c) => ({
				requestedOn: c.requestedOn,
				reference: c.reference,
				answeredOn: c.answeredOn,
				outcome: c.outcome,
				by: who(c.userId),
				createdAt: c.createdAt.toISOString()
			})),
			gmrShares: shares.map((s) => ({
				sharedOn: s.sharedOn,
				sharedBy: who(s.sharedBy),
				responseKind: s.responseKind,
				responseText: s.responseText,
				respondedOn: s.respondedOn,
				respondedBy: who(s.respondedBy),
				createdAt: s.createdAt.toISOString()
			})),
			transitions: transitions.map((t) => ({
				action: t.action,
				fromStatus: t.fromStatus,
				toStatus: t.toStatus,
				note: t.note,
				by: who(t.userId),
				snapshot: t.snapshot ?? null,
				createdAt: t.createdAt.toISOString()
			}))
	}));

	// The rows hold what the app's forms let in; the import's schema checks each field again on the way back.
	return {
		formatVersion: FORMAT_VERSION,
		generator: 'DPIA Wijzer',
		exportedAt: new Date().toISOString(),
		organisation: { slug: organisation.slug, name: organisation.name },
		processing: {
			id: processing.id,
			name: processing.name,
			vendor: processing.vendor,
			description: processing.description,
			prescanOutcome: processing.prescanOutcome,
			schools: schoolRows.map((s) => s.name),
			createdAt: processing.createdAt.toISOString(),
			archivedAt: iso(processing.archivedAt),
			documents: ownDocuments.map(documentFacts)
		},
		prescans: scans.map((p) => ({
			id: p.id,
			input: p.input,
			result: p.result,
			outcome: p.outcome,
			reasoning: p.reasoning,
			fgView: p.fgView,
			fgViewBy: who(p.fgViewBy),
			fgViewAt: iso(p.fgViewAt),
			createdBy: who(p.createdBy),
			createdAt: p.createdAt.toISOString()
		})),
		assessment: {
			id: assessment.id,
			status: assessment.status,
			currentVersion: assessment.currentVersion,
			highestResidualLevel: assessment.highestResidualLevel,
			decidedOn: assessment.decidedOn,
			reviewDueOn: assessment.reviewDueOn,
			createdAt: assessment.createdAt.toISOString()
		},
		versions
	} as DpiaExport;
}

/** E-mail addresses of exactly the people the document refers to. */
async function emailsOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map();
	const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, wanted));
	return new Map(rows.map((r) => [r.id, r.email]));
}

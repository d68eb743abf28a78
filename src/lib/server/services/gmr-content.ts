import type { Db } from '../db';
import { gmrContentHere, reportSnapshotFor, type GmrContent, type ReportLanguage, type ReportSnapshot } from '../pdf';
import * as workflowRepo from '../repo/workflow';
import { NotFound } from './scope';
import type { VersionData } from './version-data';

/**
 * The snapshot the council's page renders: what the board shared (answers, risks, measures, advice,
 * decision, as captured at the share) within the version's report snapshot, which adds what only the
 * report holds (board, schools, pre-scan). The review date is today's, as the page always showed it.
 */
export function sharedSnapshot(report: ReportSnapshot, shared: VersionData, reviewDueOn: string | null): unknown {
	const { processing, version, answers, risks, measures, fgAdvice, boardDecision, apConsultations } = shared;
	return { ...report, processing, version, answers, risks, measures, fgAdvice, boardDecision, apConsultations, review: { ...report.review, reviewDueOn } };
}

/** The (G)MR report's content for one share, in the reader's language: the same model its PDF lays out. */
export async function sharedGmrContent(
	db: Db,
	organisationId: string,
	shared: { versionId: string; data: VersionData; reviewDueOn: string | null },
	lang: ReportLanguage,
	fingerprint: string | null,
	now = new Date()
): Promise<GmrContent> {
	const version = await workflowRepo.versionById(db, shared.versionId);
	if (!version || version.organisationId !== organisationId) throw new NotFound('version');
	const report = await reportSnapshotFor(db, version);
	return gmrContentHere(sharedSnapshot(report, shared.data, shared.reviewDueOn), lang, now, fingerprint);
}

import { and, eq } from 'drizzle-orm';
import { can, type Role } from '$lib/domain/roles';
import type { Db } from '../db';
import { assessments, signedReports, type AssessmentVersion } from '../db/schema';
import { log } from '../log';
import { dutchDay, isReportSnapshot, renderDocx, renderReport, reportFileName, reportSnapshotFor, sha256Hex, snapshotFingerprint, type ReportFormat, type ReportKind, type ReportLanguage } from '../pdf';
import * as workflowRepo from '../repo/workflow';
import { NotFound } from './scope';

/** A (G)MR member asked for a report of a version the board has not shared with the council. */
export class ReportNotShared extends Error {
	readonly _tag = 'ReportNotShared';
	constructor() {
		super('version not shared with the (G)MR');
	}
}

export interface ReportRequest {
	report: ReportKind;
	lang: ReportLanguage;
	/** Version number; the current version when absent. */
	version?: number;
	/** PDF (the default) or the editable Word file of the same report. */
	format?: ReportFormat;
}

export interface ReportReader {
	organisationId: string;
	role: Role;
}

async function versionOf(db: Db, organisationId: string, assessmentId: string, number?: number) {
	const current = await workflowRepo.currentOf(db, organisationId, assessmentId);
	if (!current) throw new NotFound('assessment');
	if (number === undefined || number === current.version.number) return current.version;
	const version = (await workflowRepo.versionsOf(db, assessmentId)).find((v) => v.number === number);
	if (!version) throw new NotFound('version');
	return version;
}

/**
 * One report as a file. Who may read what is decided by the route's capability (full: register.read,
 * gmr: shared.read); on top of that, a reader without access to the register (the (G)MR) only gets the
 * report of a version that was shared with the council.
 */
export async function exportReport(db: Db, reader: ReportReader, assessmentId: string, request: ReportRequest) {
	const version = await versionOf(db, reader.organisationId, assessmentId, request.version);
	if (request.report === 'gmr' && !can(reader.role, 'register.read') && (await workflowRepo.shares(db, version.id)).length === 0) throw new ReportNotShared();
	// the version row holds the stored snapshot already: reading it again would fetch the same megabytes twice
	const snapshot = await reportSnapshotFor(db, version);
	const now = new Date();
	const day = dutchDay(snapshot.signedOff?.at ?? now);
	if (request.format === 'docx') {
		// sign-off records the PDFs' hashes only: a Word file is meant to be edited, so there is nothing to compare
		const docx = await renderDocx(request.report, snapshot, request.lang, now);
		return { pdf: docx, fileName: reportFileName(request.report, request.lang, snapshot.processing.name, version.number, day, 'docx'), frozen: snapshot.signedOff !== null };
	}
	const pdf = (await signedFile(db, version.id, request)) ?? (await renderReport(request.report, snapshot, request.lang, now));
	const recorded = recordedHash(version, request.report, request.lang);
	// only a version signed off before reports were kept is rendered again; a newer renderer or font gives other bytes
	if (recorded && sha256Hex(pdf) !== recorded) log.warn('frozen report no longer matches its recorded hash', { versionId: version.id, report: request.report });
	return { pdf, fileName: reportFileName(request.report, request.lang, snapshot.processing.name, version.number, day), frozen: snapshot.signedOff !== null };
}

/** The file kept at sign-off, if this version has one (drafts and versions signed off before never do). */
async function signedFile(db: Db, versionId: string, request: ReportRequest): Promise<Buffer | null> {
	const [row] = await db
		.select({ pdf: signedReports.pdf })
		.from(signedReports)
		.where(and(eq(signedReports.versionId, versionId), eq(signedReports.report, request.report), eq(signedReports.lang, request.lang)));
	return row?.pdf ?? null;
}

/** The hash sign-off recorded for one report in one language (null for a draft or an older sign-off). */
export function recordedHash(
	version: Pick<AssessmentVersion, 'fullReportSha256' | 'gmrReportSha256' | 'fullReportSha256En' | 'gmrReportSha256En'>,
	report: 'full' | 'gmr',
	lang: 'nl' | 'en'
): string | null {
	if (lang === 'en') return report === 'full' ? version.fullReportSha256En : version.gmrReportSha256En;
	return report === 'full' ? version.fullReportSha256 : version.gmrReportSha256;
}

/** For the admin command line, which acts for no organisation in particular: the DPIA's own board, as admin. */
export async function exportReportById(db: Db, assessmentId: string, request: ReportRequest) {
	const [row] = await db.select({ organisationId: assessments.organisationId }).from(assessments).where(eq(assessments.id, assessmentId));
	if (!row) throw new NotFound('assessment');
	return exportReport(db, { organisationId: row.organisationId, role: 'admin' }, assessmentId, request);
}

export interface VersionReports {
	number: number;
	status: string;
	frozenOn: string | null;
	shared: boolean;
	/** SHA-256 of the reports recorded at sign-off, Dutch and English. */
	fullReportSha256: string | null;
	gmrReportSha256: string | null;
	fullReportSha256En: string | null;
	gmrReportSha256En: string | null;
	/** The content fingerprint printed on the frozen reports' last page. */
	fingerprint: string | null;
}

/** Every version of a DPIA with what its download links and verification lines need, newest first. */
export async function versionReports(db: Db, organisationId: string, assessmentId: string): Promise<VersionReports[]> {
	if (!(await workflowRepo.currentOf(db, organisationId, assessmentId))) throw new NotFound('assessment');
	const versions = await workflowRepo.versionsOf(db, assessmentId);
	const rows = await Promise.all(
		versions.map(async (v) => ({
			number: v.number,
			status: v.status,
			frozenOn: v.frozenAt ? dutchDay(v.frozenAt) : null,
			shared: (await workflowRepo.shares(db, v.id)).length > 0,
			fullReportSha256: v.fullReportSha256,
			gmrReportSha256: v.gmrReportSha256,
			fullReportSha256En: v.fullReportSha256En,
			gmrReportSha256En: v.gmrReportSha256En,
			fingerprint: v.frozenAt && isReportSnapshot(v.snapshot) ? snapshotFingerprint(v.snapshot) : null
		}))
	);
	return rows.reverse();
}

/** What the (G)MR view of one share needs to offer its report: where to get it and how to check it. */
export async function sharedVersionReport(db: Db, organisationId: string, versionId: string) {
	const version = await workflowRepo.versionById(db, versionId);
	if (!version || version.organisationId !== organisationId) throw new NotFound('version');
	return {
		assessmentId: version.assessmentId,
		number: version.number,
		gmrReportSha256: version.gmrReportSha256,
		gmrReportSha256En: version.gmrReportSha256En,
		fingerprint: version.frozenAt && isReportSnapshot(version.snapshot) ? snapshotFingerprint(version.snapshot) : null
	};
}

import { diffVersions, type VersionDiff } from '$lib/domain/diff';
import type { Db } from '../db';
import * as workflowRepo from '../repo/workflow';
import { currentVersion, NotFound, type Scope } from './scope';
import { loadVersionData } from './version-data';

/** The DPIA (another board's id is not found), its processing's name and its version rows, oldest first. */
async function versionRows(db: Db, scope: Scope, assessmentId: string) {
	const { assessment, processingName } = await currentVersion(db, scope, assessmentId);
	return { assessment, versions: await workflowRepo.versionsOf(db, assessment.id), processingName };
}

/** Every version of a DPIA of the organisation, oldest first, with what is known about its sign-off. */
export async function listVersions(db: Db, scope: Scope, assessmentId: string) {
	const { assessment, versions, processingName } = await versionRows(db, scope, assessmentId);
	return {
		assessment: { id: assessment.id, currentVersion: assessment.currentVersion },
		processingName,
		versions: versions.map((v) => ({
			number: v.number,
			status: v.status,
			reason: v.reason,
			createdAt: v.createdAt,
			frozenAt: v.frozenAt,
			fullReportSha256: v.fullReportSha256,
			gmrReportSha256: v.gmrReportSha256,
			fullReportSha256En: v.fullReportSha256En,
			gmrReportSha256En: v.gmrReportSha256En
		}))
	};
}

export interface VersionComparison {
	processingName: string;
	numbers: number[];
	from: number;
	to: number;
	diff: VersionDiff;
}

/**
 * What changed from version `from` to version `to` of one DPIA (either order; the same number twice gives
 * an empty diff). Without numbers: the current version against the one before it. Both are read from
 * their own rows: a frozen version can no longer change, so its rows say what was signed off.
 */
export async function compareVersions(db: Db, scope: Scope, assessmentId: string, fromNumber: number | null, toNumber: number | null): Promise<VersionComparison> {
	const { assessment, versions, processingName } = await versionRows(db, scope, assessmentId);
	const to = toNumber ?? assessment.currentVersion;
	const from = fromNumber ?? Math.max(1, to - 1);
	const find = (n: number) => {
		const found = versions.find((v) => v.number === n);
		if (!found) throw new NotFound('version');
		return found;
	};
	const [fromRow, toRow] = [find(from), find(to)];
	const [before, after] = await Promise.all([loadVersionData(db, fromRow.id), loadVersionData(db, toRow.id)]);
	return { processingName, numbers: versions.map((v) => v.number), from, to, diff: diffVersions(before, after) };
}

import { pageCount } from '$lib/domain/register-query';
import type { Db } from '../db';
import * as auditRepo from '../repo/audit-trail';
import { auditLine } from './audit-view';
import { versionAnswers } from './questionnaire';
import { currentVersion, type Scope } from './scope';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit trail of one DPIA: its own entries and those of its processing (registration, pre-scans), newest
 * first, one page at a time, each in words. Read-only by construction: this module has no write path,
 * and the table refuses UPDATE and DELETE (migration 0001).
 */
export async function auditTrail(db: Db, scope: Scope, assessmentId: string, requestedPage: number) {
	const { assessment, version, processingName } = await currentVersion(db, scope, assessmentId);
	const subjects = [assessment.id, assessment.processingId];
	const fetch = (page: number) => auditRepo.list(db, scope.organisationId, subjects, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
	let page = Math.max(1, requestedPage);
	let found = await fetch(page);
	const pages = pageCount(found.total, AUDIT_PAGE_SIZE);
	if (page > pages) {
		page = pages;
		found = await fetch(page);
	}
	const answers = await versionAnswers(db, version.id);
	return {
		processingName,
		entries: found.rows.map((entry) => auditLine(entry, answers)),
		total: found.total,
		page,
		pages
	};
}

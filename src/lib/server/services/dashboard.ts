import { addDays, formatISO, parseISO } from 'date-fns';
import { DUE_SOON_DAYS } from '$lib/domain/review';
import { LEVEL_IDS, type RiskLevel } from '$lib/domain/risk/matrix';
import { STATES, type State } from '$lib/domain/workflow/states';
import type { Db } from '../db';
import * as repo from '../repo/dashboard';
import type { Scope } from './scope';

/**
 * The organisation's home page: where its DPIAs stand, which reviews are overdue or coming up (the same
 * 90 days as the review rules) and which measures are late. Every number links into the filtered register.
 */
export async function dashboard(db: Db, scope: Scope, today: string) {
	const org = scope.organisationId;
	const soon = formatISO(addDays(parseISO(today), DUE_SOON_DAYS), { representation: 'date' });
	const [statuses, levels, processings, overdueReviews, dueSoon, lateMeasures] = await Promise.all([
		repo.countsByStatus(db, org, today),
		repo.countsByResidualLevel(db, org),
		repo.processingCounts(db, org),
		repo.reviewsBetween(db, org, { before: today }),
		repo.reviewsBetween(db, org, { from: today, to: soon }),
		repo.overdueMeasures(db, org, today)
	]);
	const byStatus = new Map(statuses.map((s) => [s.status, s.n]));
	const byLevel = new Map(levels.map((l) => [l.level, l.n]));
	return {
		processings,
		statuses: STATES.map((status): { status: State; n: number } => ({ status, n: byStatus.get(status) ?? 0 })).filter((s) => s.n > 0),
		levels: LEVEL_IDS.map((level): { level: RiskLevel; n: number } => ({ level, n: byLevel.get(level) ?? 0 })).filter((l) => l.n > 0),
		/** DPIAs with no risk in their register yet: they have no highest level to be counted under. */
		withoutRisks: byLevel.get(null) ?? 0,
		overdueReviews,
		dueSoon,
		lateMeasures
	};
}

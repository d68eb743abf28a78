import { firstSteps, mayTakeFirstSteps } from '$lib/domain/first-steps';
import { can } from '$lib/domain/roles';
import { boardSetup } from '$lib/server/repo/board-setup';
import { requireOrg } from '$lib/server/auth/guard';
import { dashboard } from '$lib/server/services/dashboard';
import { todayInNl } from '$lib/server/services/http';
import { scopeOf } from '$lib/server/services/scope';
import { expiringEvidence } from '$lib/server/services/supplier-view';
import { commentsAwaitingReply } from '$lib/server/services/questionnaire-comments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	// the (G)MR sees only what was shared with it (spec §6.2), so no register numbers for that role
	if (!can(ctx.role, 'register.read')) return { board: null, evidence: [], awaiting: null, steps: null };
	const today = todayInNl();
	const scope = scopeOf(ctx);
	const [board, evidence, awaiting, setup] = await Promise.all([
		dashboard(event.locals.db, scope, today),
		expiringEvidence(event.locals.db, scope, today),
		// the FG and the editors talk in comment threads: each sees the DPIAs where a question waits for them
		can(ctx.role, 'assessment.comment') ? commentsAwaitingReply(event.locals.db, scope) : null,
		mayTakeFirstSteps(ctx.role) ? boardSetup(event.locals.db, scope.organisationId) : null
	]);
	return { board, evidence, awaiting, steps: setup && firstSteps({ ...setup, processings: board.processings.all }, ctx.role) };
};

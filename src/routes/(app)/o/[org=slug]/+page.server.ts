import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { dashboard } from '$lib/server/services/dashboard';
import { todayInNl } from '$lib/server/services/http';
import { commentsAwaitingReply } from '$lib/server/services/questionnaire-comments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	// the (G)MR sees only what was shared with it (spec §6.2), so no register numbers for that role
	if (!can(ctx.role, 'register.read')) return { board: null };
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const board = await dashboard(event.locals.db, scope, todayInNl());
	// the FG and the editors talk in comment threads: each sees the DPIAs where a question waits for them
	const awaiting = can(ctx.role, 'assessment.comment') ? await commentsAwaitingReply(event.locals.db, scope) : null;
	return { board, awaiting };
};

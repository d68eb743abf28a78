import { error } from '@sveltejs/kit';
import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg, type OrgContext } from '$lib/server/auth/guard';
import * as calendar from '$lib/server/services/calendar';
import type { Actions, PageServerLoad } from './$types';

/** The feed reveals every DPIA's name and dates: the admin and the FG (who plans reviews) may manage it. */
function assertCalendarManager(ctx: OrgContext): void {
	if (!can(ctx.role, 'org.manage') && !can(ctx.role, 'assessment.advise')) error(403, 'Forbidden');
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	assertCalendarManager(ctx);
	return { active: await calendar.hasCalendarToken(event.locals.db, ctx.organisation.id) };
};

export const actions: Actions = {
	rotate: async (event) => {
		const ctx = await requireOrg(event, 'shared.read');
		assertCalendarManager(ctx);
		const secret = await calendar.rotateCalendarToken(event.locals.db, ctx.organisation.id, actorOf(ctx.user));
		return { url: `${event.url.origin}/calendar/${secret}` };
	},
	revoke: async (event) => {
		const ctx = await requireOrg(event, 'shared.read');
		assertCalendarManager(ctx);
		await calendar.revokeCalendarToken(event.locals.db, ctx.organisation.id, actorOf(ctx.user));
		return { revoked: true };
	}
};

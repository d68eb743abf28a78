import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import * as calendar from '$lib/server/services/calendar';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'calendar.manage');
	return { active: await calendar.hasCalendarToken(event.locals.db, ctx.organisation.id) };
};

export const actions: Actions = {
	rotate: async (event) => {
		const ctx = await requireOrg(event, 'calendar.manage');
		const secret = await calendar.rotateCalendarToken(event.locals.db, ctx.organisation.id, actorOf(ctx.user));
		return { url: `${event.url.origin}/calendar/${secret}` };
	},
	revoke: async (event) => {
		const ctx = await requireOrg(event, 'calendar.manage');
		await calendar.revokeCalendarToken(event.locals.db, ctx.organisation.id, actorOf(ctx.user));
		return { revoked: true };
	}
};

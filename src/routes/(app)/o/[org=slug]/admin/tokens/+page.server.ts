import { revokeTokenForm, tokenForm } from '$lib/components/admin/forms';
import { m } from '$lib/paraglide/messages';
import { actorOf } from '$lib/server/audit';
import { requireOrg, type OrgContext } from '$lib/server/auth/guard';
import { formFailure, parseForm } from '$lib/server/forms';
import { issueToken, listTokens, revokeToken, type TokenScope } from '$lib/server/services/api-tokens';
import type { Actions, PageServerLoad } from './$types';

function scopeOf(ctx: OrgContext): TokenScope {
	return { organisationId: ctx.organisation.id, userId: ctx.user.id, actor: actorOf(ctx.user) };
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'tokens.manage');
	return { tokens: await listTokens(event.locals.db, ctx.organisation.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const ctx = await requireOrg(event, 'tokens.manage');
		const parsed = await parseForm(event.request, tokenForm);
		if (!parsed.ok) return parsed.failure;
		const { token } = await issueToken(event.locals.db, scopeOf(ctx), parsed.data);
		// Returned in this response only; the page shows it once and the database keeps just its hash.
		return { created: { name: parsed.data.name, token } };
	},
	revoke: async (event) => {
		const ctx = await requireOrg(event, 'tokens.manage');
		const parsed = await parseForm(event.request, revokeTokenForm);
		if (!parsed.ok) return parsed.failure;
		if (!(await revokeToken(event.locals.db, scopeOf(ctx), parsed.data.tokenId))) return formFailure(404, {}, {}, m.admin_token_error_not_found());
		return { revoked: true };
	}
};

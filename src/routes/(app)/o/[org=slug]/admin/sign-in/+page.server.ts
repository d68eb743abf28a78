import { providerForm } from '$lib/components/sign-in/forms';
import { m } from '$lib/paraglide/messages';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { redirectUri } from '$lib/server/auth/oidc-cookie';
import { formFailure, parseForm } from '$lib/server/forms';
import { ProviderSettingsError, providerOf, removeProvider, saveProvider, viewOf } from '$lib/server/services/sign-in-providers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'org.manage');
	const row = await providerOf(event.locals.db, ctx.organisation.id);
	return {
		provider: row ? viewOf(row) : null,
		redirectUri: redirectUri(event),
		loginLink: `${new URL(redirectUri(event)).origin}/login/oidc?org=${ctx.organisation.slug}`
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, providerForm);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveProvider(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, parsed.data);
		} catch (error) {
			if (error instanceof ProviderSettingsError) return formFailure(400, parsed.values, { clientSecret: m.sso_error_secret_required() });
			throw error;
		}
		return { saved: true };
	},
	remove: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		return { removed: await removeProvider(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }) };
	}
};

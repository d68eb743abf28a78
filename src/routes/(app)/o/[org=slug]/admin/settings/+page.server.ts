import { policyForm } from '$lib/components/admin/forms';
import { t } from '$lib/domain/catalogue/i18n';
import { POLICY_TRIGGERS, SWITCHABLE_POLICY } from '$lib/domain/triggers/statutory';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { updatePolicy } from '$lib/server/services/policy-settings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'org.manage');
	// The texts in the reader's language, from here: the trigger catalogue stays out of the browser's code.
	const triggers = POLICY_TRIGGERS.filter((trigger) => (SWITCHABLE_POLICY as readonly string[]).includes(trigger.id)).map((trigger) => ({
		id: trigger.id,
		label: t(trigger.label, getLocale()),
		explanation: t(trigger.explanation, getLocale())
	}));
	return { policy: ctx.organisation.policy, triggers };
};

export const actions: Actions = {
	policy: async (event) => {
		const ctx = await requireOrg(event, 'org.manage');
		const parsed = await parseForm(event.request, policyForm);
		if (!parsed.ok) return parsed.failure;
		const changed = await updatePolicy(event.locals.db, { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) }, parsed.data);
		return { changed };
	}
};

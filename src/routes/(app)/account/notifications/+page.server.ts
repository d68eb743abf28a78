import { z } from 'zod';
import { DELIVERY_MODES, MAIL_LOCALES, NOTIFICATION_KINDS, type DeliveryMode, type NotificationKind } from '$lib/domain/mail/notifications';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireSession } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { mailEnabled } from '$lib/server/mail/config';
import { readPreferences, savePreferences } from '$lib/server/mail/preferences';
import type { Actions, PageServerLoad } from './$types';

const mode = z.enum(DELIVERY_MODES, { error: () => m.mail_prefs_invalid() });
const preferencesForm = z.object({
	locale: z.enum(MAIL_LOCALES, { error: () => m.mail_prefs_invalid() }),
	...(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, mode])) as Record<NotificationKind, typeof mode>)
});

export const load: PageServerLoad = async (event) => {
	const user = requireSession(event);
	return { preferences: await readPreferences(event.locals.db, user.id, getLocale()), mailEnabled: mailEnabled() };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireSession(event);
		const parsed = await parseForm(event.request, preferencesForm);
		if (!parsed.ok) return parsed.failure;
		const modes = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, parsed.data[kind]])) as Record<NotificationKind, DeliveryMode>;
		await savePreferences(event.locals.db, user.id, { locale: parsed.data.locale, modes });
		return { saved: true };
	}
};

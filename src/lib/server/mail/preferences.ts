import { eq } from 'drizzle-orm';
import { isMailLocale, modeFor, NOTIFICATION_KINDS, type DeliveryMode, type MailLocale, type NotificationKind } from '$lib/domain/mail/notifications';
import type { Db } from '../db';
import { mailPreferences } from '../db/schema';

export interface MailPreferences {
	locale: MailLocale;
	modes: Record<NotificationKind, DeliveryMode>;
}

/** A person's settings, or the defaults (at once, in the language they use now) before they chose. */
export async function readPreferences(db: Db, userId: string, fallbackLocale: MailLocale): Promise<MailPreferences> {
	const [row] = await db.select().from(mailPreferences).where(eq(mailPreferences.userId, userId));
	const modes = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, modeFor(row?.modes, kind)])) as Record<NotificationKind, DeliveryMode>;
	return { locale: row && isMailLocale(row.locale) ? row.locale : fallbackLocale, modes };
}

export async function savePreferences(db: Db, userId: string, prefs: MailPreferences, now = new Date()): Promise<void> {
	await db
		.insert(mailPreferences)
		.values({ userId, locale: prefs.locale, modes: prefs.modes, updatedAt: now })
		.onConflictDoUpdate({ target: mailPreferences.userId, set: { locale: prefs.locale, modes: prefs.modes, updatedAt: now } });
}

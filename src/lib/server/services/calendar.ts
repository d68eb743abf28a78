import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { randomSecret, hashSecret } from '../auth/tokens';
import { recordAudit, type Actor } from '../audit';
import type { Db } from '../db';
import { assessments, organisations, processings } from '../db/schema';
import { renderCalendar, type CalendarEvent } from './ical';
import { reviewEvents } from './review';
import { evidenceEvents } from './supplier-view';

/**
 * The review calendar of an organisation is published at /calendar/<secret>. Calendar apps cannot log
 * in, so the URL itself is the credential: 32 random characters (160 bits), of which only the SHA-256 is
 * stored. Rotating replaces the hash, which kills the old URL at once.
 */
export async function rotateCalendarToken(db: Db, organisationId: string, actor: Actor): Promise<string> {
	const secret = randomSecret(32);
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select({ hash: organisations.calendarTokenHash })
			.from(organisations)
			.where(eq(organisations.id, organisationId));
		await tx.update(organisations).set({ calendarTokenHash: hashSecret(secret) }).where(eq(organisations.id, organisationId));
		await recordAudit(tx, {
			organisationId,
			actor,
			action: before?.hash ? 'rotate' : 'create',
			entity: 'calendar_token',
			entityId: organisationId
		});
	});
	return secret;
}

export async function revokeCalendarToken(db: Db, organisationId: string, actor: Actor): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.update(organisations).set({ calendarTokenHash: null }).where(eq(organisations.id, organisationId));
		await recordAudit(tx, { organisationId, actor, action: 'revoke', entity: 'calendar_token', entityId: organisationId });
	});
}

export async function hasCalendarToken(db: Db, organisationId: string): Promise<boolean> {
	const [row] = await db.select({ hash: organisations.calendarTokenHash }).from(organisations).where(eq(organisations.id, organisationId));
	return Boolean(row?.hash);
}

/** The feed for a secret, or null when no organisation has it (an unknown or rotated URL). */
export async function calendarFeed(
	db: Db,
	secret: string,
	options: { origin: string; now?: Date; locale?: 'nl' | 'en' }
): Promise<string | null> {
	if (!/^[a-z2-9]{32}$/.test(secret)) return null;
	const [organisation] = await db
		.select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.calendarTokenHash, hashSecret(secret)));
	if (!organisation) return null;
	const rows = await db
		.select({ id: assessments.id, name: processings.name, decidedOn: assessments.decidedOn, reviewDueOn: assessments.reviewDueOn })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(and(eq(assessments.organisationId, organisation.id), isNotNull(assessments.reviewDueOn)))
		.orderBy(asc(assessments.reviewDueOn));
	const events: CalendarEvent[] = rows.flatMap((row) =>
		reviewEvents(row, { locale: options.locale ?? 'nl' }).map((event) => ({
			...event,
			url: `${options.origin}/o/${organisation.slug}/assessments/${row.id}`
		}))
	);
	const evidence = await evidenceEvents(db, organisation.id, {
		locale: options.locale ?? 'nl',
		supplierUrl: (id) => `${options.origin}/o/${organisation.slug}/suppliers/${id}`
	});
	return renderCalendar({ name: organisation.name, events: [...events, ...evidence], now: options.now });
}

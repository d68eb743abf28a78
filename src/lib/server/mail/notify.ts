import { and, eq, inArray } from 'drizzle-orm';
import { isMailLocale, modeFor, RECIPIENT_ROLES, type NotificationKind } from '$lib/domain/mail/notifications';
import type { Db, Tx } from '../db';
import { assessments, mailDigestItems, mailPreferences, memberships, organisations, processings, users } from '../db/schema';
import { enqueue } from './outbox';
import type { NotificationParams } from './render';

export interface Recipient {
	userId: string;
	email: string;
	name: string;
	locale: string | null;
	modes: Record<string, string> | null;
}

/** The board's active members in the given roles, with their mail settings. */
export async function membersInRoles(db: Db | Tx, organisationId: string, roles: readonly string[]): Promise<Recipient[]> {
	if (!roles.length) return [];
	return db
		.select({ userId: users.id, email: users.email, name: users.name, locale: mailPreferences.locale, modes: mailPreferences.modes })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(mailPreferences, eq(mailPreferences.userId, users.id))
		.where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, [...roles]), eq(users.active, true)));
}

/** The DPIA's name (its processing's) and its board's slug, for the mail's text and link. */
export async function dpiaLabel(db: Db | Tx, organisationId: string, assessmentId: string): Promise<{ name: string; slug: string } | null> {
	const [row] = await db
		.select({ name: processings.name, slug: organisations.slug })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(organisations, eq(organisations.id, assessments.organisationId))
		.where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, organisationId)));
	return row ?? null;
}

/**
 * Sends one notification to each recipient as they chose: a mail now, an item for their daily digest, or
 * nothing. `eventId` names the event; with the recipient it is the key that keeps one event from reaching
 * a person twice, however often this runs. Call it inside the transaction of the change.
 */
export async function deliverNotification(
	db: Db | Tx,
	input: { organisationId: string; eventId: string; params: NotificationParams; recipients: Recipient[]; origin?: string | null },
	now = new Date()
): Promise<number> {
	let queued = 0;
	for (const person of input.recipients) {
		const mode = modeFor(person.modes, input.params.type);
		if (mode === 'off') continue;
		const eventKey = `${input.eventId}:${person.userId}`;
		const params = { ...input.params } as unknown as Record<string, unknown>;
		if (mode === 'digest') {
			const rows = await db
				.insert(mailDigestItems)
				.values({ eventKey, userId: person.userId, organisationId: input.organisationId, kind: input.params.type, params, origin: input.origin ?? null, createdAt: now })
				.onConflictDoNothing({ target: mailDigestItems.eventKey })
				.returning({ id: mailDigestItems.id });
			queued += rows.length;
			continue;
		}
		const added = await enqueue(
			db,
			{
				eventKey,
				organisationId: input.organisationId,
				userId: person.userId,
				recipient: person.email,
				locale: isMailLocale(person.locale) ? person.locale : 'nl',
				kind: 'notification',
				params,
				origin: input.origin
			},
			now
		);
		if (added) queued++;
	}
	return queued;
}

/**
 * A change to a DPIA that its board's people in the kind's roles hear of (not the person who made it).
 * `path` overrides the DPIA's page, e.g. for the (G)MR, who read shared DPIAs elsewhere.
 */
export async function notifyRoles(
	db: Db | Tx,
	input: { organisationId: string; assessmentId: string; kind: NotificationKind; eventId: string; actorId: string | null; origin?: string | null; path?: (slug: string) => string }
): Promise<number> {
	const dpia = await dpiaLabel(db, input.organisationId, input.assessmentId);
	if (!dpia) return 0;
	const recipients = (await membersInRoles(db, input.organisationId, RECIPIENT_ROLES[input.kind])).filter((r) => r.userId !== input.actorId);
	const path = input.path?.(dpia.slug) ?? `/o/${dpia.slug}/assessments/${input.assessmentId}`;
	return deliverNotification(db, { organisationId: input.organisationId, eventId: input.eventId, params: { type: input.kind, dpia: dpia.name, path }, recipients, origin: input.origin });
}

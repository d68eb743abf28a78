import { addDays, formatISO } from 'date-fns';
import { and, asc, eq, isNotNull, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import { isMailLocale, ownerMatches, RECIPIENT_ROLES, reviewMilestone } from '$lib/domain/mail/notifications';
import type { Db } from '../db';
import { assessments, assessmentVersions, mailDigestItems, mailPreferences, measures, organisations, processings, users } from '../db/schema';
import { deliverNotification, membersInRoles } from './notify';
import { enqueue } from './outbox';
import type { NotificationParams } from './render';

/** Digests go out from this hour (UTC) on: in the Dutch morning, before the working day. */
export const DIGEST_HOUR_UTC = 6;

const isoDay = (d: Date) => formatISO(d, { representation: 'date' });

/** Reviews of DPIAs in force due within 90 days, due within 30, or overdue: each milestone once per due date. */
export async function queueReviewReminders(db: Db, now: Date): Promise<number> {
	const today = isoDay(now);
	const rows = await db
		.select({ id: assessments.id, organisationId: assessments.organisationId, dueOn: assessments.reviewDueOn, name: processings.name, slug: organisations.slug })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(organisations, eq(organisations.id, assessments.organisationId))
		.where(and(eq(assessments.status, 'in_force'), isNotNull(assessments.reviewDueOn), lte(assessments.reviewDueOn, isoDay(addDays(now, 90)))));
	let queued = 0;
	for (const row of rows) {
		const milestone = reviewMilestone(row.dueOn!, today);
		if (!milestone) continue;
		await db.transaction(async (tx) => {
			const recipients = await membersInRoles(tx, row.organisationId, RECIPIENT_ROLES.review_due);
			const params: NotificationParams = { type: 'review_due', dpia: row.name, path: `/o/${row.slug}/assessments/${row.id}`, milestone, date: row.dueOn! };
			queued += await deliverNotification(tx, { organisationId: row.organisationId, eventId: `review:${row.id}:${row.dueOn}:${milestone}`, params, recipients }, now);
		});
	}
	return queued;
}

/** Open measures of current versions past their date, to their owner when the owner names a member. */
export async function queueMeasureReminders(db: Db, now: Date): Promise<number> {
	const rows = await db
		.select({
			measureId: measures.id,
			owner: measures.owner,
			dueOn: measures.dueOn,
			assessmentId: assessments.id,
			organisationId: assessments.organisationId,
			name: processings.name,
			slug: organisations.slug
		})
		.from(measures)
		.innerJoin(assessmentVersions, eq(assessmentVersions.id, measures.versionId))
		.innerJoin(assessments, and(eq(assessments.id, assessmentVersions.assessmentId), eq(assessments.currentVersion, assessmentVersions.number)))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.innerJoin(organisations, eq(organisations.id, assessments.organisationId))
		.where(and(ne(measures.status, 'done'), isNotNull(measures.dueOn), lt(measures.dueOn, isoDay(now)), ne(measures.owner, '')));
	let queued = 0;
	for (const row of rows) {
		const members = await membersInRoles(db, row.organisationId, ['admin', 'editor', 'fg', 'bestuur', 'gmr', 'viewer']);
		const owners = members.filter((p) => ownerMatches(row.owner, p));
		if (!owners.length) continue;
		const params: NotificationParams = { type: 'measure_overdue', dpia: row.name, path: `/o/${row.slug}/assessments/${row.assessmentId}/measures/${row.measureId}`, date: row.dueOn! };
		queued += await deliverNotification(db, { organisationId: row.organisationId, eventId: `measure:${row.measureId}:${row.dueOn}`, params, recipients: owners }, now);
	}
	return queued;
}

/**
 * Each person's waiting notifications of one board become one mail a day. The digest's key holds the
 * day, so a second run that day (another process, a restart) makes nothing; items that arrive after
 * today's digest wait for tomorrow's.
 */
export async function queueDigests(db: Db, now: Date): Promise<number> {
	if (now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
	const groups = await db
		.selectDistinct({ userId: mailDigestItems.userId, organisationId: mailDigestItems.organisationId })
		.from(mailDigestItems)
		.where(and(isNull(mailDigestItems.digestedAt), lte(mailDigestItems.createdAt, now)));
	let queued = 0;
	for (const group of groups) {
		await db.transaction(async (tx) => {
			const [person] = await tx
				.select({ email: users.email, active: users.active, locale: mailPreferences.locale })
				.from(users)
				.leftJoin(mailPreferences, eq(mailPreferences.userId, users.id))
				.where(eq(users.id, group.userId));
			const items = await tx
				.select({ id: mailDigestItems.id, params: mailDigestItems.params, origin: mailDigestItems.origin })
				.from(mailDigestItems)
				.where(and(eq(mailDigestItems.userId, group.userId), eq(mailDigestItems.organisationId, group.organisationId), isNull(mailDigestItems.digestedAt), lte(mailDigestItems.createdAt, now)))
				.orderBy(asc(mailDigestItems.createdAt))
				.for('update', { skipLocked: true });
			if (!person || !items.length) return;
			const added = person.active
				? await enqueue(
						tx,
						{
							eventKey: `digest:${group.userId}:${group.organisationId}:${isoDay(now)}`,
							organisationId: group.organisationId,
							userId: group.userId,
							recipient: person.email,
							locale: isMailLocale(person.locale) ? person.locale : 'nl',
							kind: 'digest',
							params: { items: items.map((i) => i.params) },
							origin: items.at(-1)?.origin ?? null
						},
						now
					)
				: true;
			if (!added) return;
			await tx
				.update(mailDigestItems)
				.set({ digestedAt: now })
				.where(sql`${mailDigestItems.id} in (${sql.join(items.map((i) => sql`${i.id}::uuid`), sql`, `)})`);
			if (person.active) queued++;
		});
	}
	return queued;
}

/** The timed part of the mail: reminders, then the digests that may include them. Idempotent by event key. */
export async function runSchedule(db: Db, now = new Date()): Promise<void> {
	await queueReviewReminders(db, now);
	await queueMeasureReminders(db, now);
	await queueDigests(db, now);
}

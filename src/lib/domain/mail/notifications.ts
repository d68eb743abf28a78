/**
 * What the app tells people by mail (issue 22), and the pure rules around it: who is told of what, how
 * often a failed delivery is tried again, and when a review or a measure is due for a reminder.
 */
import type { Role } from '../roles';

export const NOTIFICATION_KINDS = ['submitted', 'advised', 'decided', 'shared_gmr', 'comment', 'review_due', 'measure_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERY_MODES = ['now', 'digest', 'off'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const MAIL_LOCALES = ['nl', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function isMailLocale(value: unknown): value is MailLocale {
	return value === 'nl' || value === 'en';
}

/** The roles in the board that hear of a kind; `comment` and `measure_overdue` pick people, not roles. */
export const RECIPIENT_ROLES: Record<NotificationKind, readonly Role[]> = {
	submitted: ['fg'],
	advised: ['editor', 'bestuur'],
	decided: ['editor', 'fg'],
	shared_gmr: ['gmr'],
	// the people who edit or advise on the DPIA
	comment: ['editor', 'fg'],
	review_due: ['editor', 'fg'],
	measure_overdue: []
};

/** Everyone hears at once until they choose otherwise. */
export function modeFor(modes: Record<string, string> | null | undefined, kind: NotificationKind): DeliveryMode {
	const chosen = modes?.[kind];
	return chosen === 'digest' || chosen === 'off' ? chosen : 'now';
}

/** Workflow steps that notify, and as which kind. */
export const WORKFLOW_NOTIFICATIONS: Partial<Record<string, NotificationKind>> = {
	submit: 'submitted',
	advise: 'advised',
	decide: 'decided',
	share_gmr: 'shared_gmr'
};

const MINUTE = 60_000;
export const MAX_ATTEMPTS = 12;

/** The wait before attempt `attempts + 1`: one minute, doubling, at most six hours (about 1.5 days in all). */
export function retryDelayMs(attempts: number): number {
	return Math.min(MINUTE * 2 ** Math.max(0, attempts - 1), 6 * 60 * MINUTE);
}

export type ReviewMilestone = 'in90' | 'in30' | 'overdue';

/**
 * Which reminder a review date calls for on `today` (ISO dates, compared as days): the nearest milestone
 * reached, so a reminder missed while the app was down is still sent, but only the latest one.
 */
export function reviewMilestone(dueOn: string, today: string): ReviewMilestone | null {
	const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / (24 * 60 * MINUTE));
	if (days < 0) return 'overdue';
	if (days <= 30) return 'in30';
	if (days <= 90) return 'in90';
	return null;
}

/** A measure's owner is free text; it names a member when it is their name or address (case ignored). */
export function ownerMatches(owner: string, person: { name: string; email: string }): boolean {
	const o = owner.trim().toLowerCase();
	return o !== '' && (o === person.name.trim().toLowerCase() || o === person.email.toLowerCase());
}

import { addYears, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';
import type { Localized } from './catalogue/i18n';

/** Re-assessment at least every three years after the board's decision (seed 003 §3.5.2, trigger S-5; spec §9). */
export const REVIEW_INTERVAL_YEARS = 3;
/** The review counts as coming up in its last 90 days. */
export const DUE_SOON_DAYS = 90;
/** An annual check (CNIL suggests monitoring yearly, spec §6.3) is flagged 30 days either side of the anniversary. */
export const ANNUAL_CHECK_WINDOW_DAYS = 30;

const iso = (date: Date) => formatISO(date, { representation: 'date' });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A yyyy-mm-dd day at local midnight, as date-fns' parseISO reads it. The plain form, every date column
 * and "today", skips parseISO's general parser: the register works out each row's status on every view.
 */
function parseDay(value: string): Date {
	const match = DAY.exec(value);
	const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
	// new Date reads years below 100 as 19xx, so those go the long way
	const date = year >= 100 ? new Date(year, month - 1, day) : parseISO(value);
	if (!isValid(date) || (year >= 100 && (date.getMonth() !== month - 1 || date.getDate() !== day))) throw new RangeError(`not a date: ${value}`);
	return date;
}

/** The anniversaries of the decision before the review date. */
function anniversaries(decided: Date, reviewDue: Date): Date[] {
	const dates: Date[] = [];
	for (let year = 1; ; year++) {
		const date = addYears(decided, year);
		if (date >= reviewDue) return dates;
		dates.push(date);
	}
}

/** The date a DPIA decided on `decidedOn` (yyyy-mm-dd) must be reviewed by. */
export function reviewDueDate(decidedOn: string): string {
	return iso(addYears(parseDay(decidedOn), REVIEW_INTERVAL_YEARS));
}

/** The anniversaries of the decision that fall before the review date: one annual check each. */
export function annualCheckDates(decidedOn: string, reviewDueOn: string = reviewDueDate(decidedOn)): string[] {
	return anniversaries(parseDay(decidedOn), parseDay(reviewDueOn)).map(iso);
}

export const REVIEW_STATUSES = ['none', 'ok', 'check_due', 'due_soon', 'overdue'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Where a DPIA stands against its review date on `today`: none without a date, overdue after it, due soon
 * in its last 90 days, an annual check due around each earlier anniversary of the decision, ok otherwise.
 */
export function reviewStatus(dates: { decidedOn: string | null; reviewDueOn: string | null }, today: string): ReviewStatus {
	if (!dates.reviewDueOn) return 'none';
	const now = parseDay(today);
	const reviewDue = parseDay(dates.reviewDueOn);
	const daysLeft = differenceInCalendarDays(reviewDue, now);
	if (daysLeft < 0) return 'overdue';
	if (daysLeft <= DUE_SOON_DAYS) return 'due_soon';
	if (dates.decidedOn) {
		const near = anniversaries(parseDay(dates.decidedOn), reviewDue).some(
			(date) => Math.abs(differenceInCalendarDays(date, now)) <= ANNUAL_CHECK_WINDOW_DAYS
		);
		if (near) return 'check_due';
	}
	return 'ok';
}

/**
 * What a DPIA is called on `today`: one in force whose review date has passed is not simply "in force"
 * any more but due for review (spec §6.1 `review_due`), on every page and in every count, whatever state
 * is stored. The stored state changes only when someone opens the review (a new version).
 */
export function shownStatus<S extends string>(status: S, review: ReviewStatus): S | 'review_due' {
	return status === 'in_force' && review === 'overdue' ? 'review_due' : status;
}

/**
 * The same with the reasons for a review that are not a date: the supplier's chain changed since the
 * sign-off (spec §6.3), or the board's library holds a newer version of the model DPIA it builds on (issue 20).
 */
export function shownStatusWith<S extends string>(status: S, review: ReviewStatus, changes: { supplierChanged: boolean; modelUpdated: boolean }): S | 'review_due' {
	return status === 'in_force' && (changes.supplierChanged || changes.modelUpdated) ? 'review_due' : shownStatus(status, review);
}

export interface ChangeReason {
	readonly id: string;
	readonly label: Localized;
}

/**
 * Why a DPIA is opened again as a new version. Art. 35(11) AVG and WP248 fn. 22 name changes in context,
 * data, purposes, functions, recipients, combinations, risks, security or transfers; schools add a new
 * vendor, AI feature or pupil group, a breach and a changed SIVON/SURF verdict (spec §6.3). `periodic` is
 * the three-year review itself. Ids are stored with the new version: never rename them.
 */
export const CHANGE_REASONS: readonly ChangeReason[] = [
	{ id: 'context', label: { nl: 'Gewijzigde context', en: 'Changed context' } },
	{ id: 'purposes', label: { nl: 'Gewijzigde doeleinden', en: 'Changed purposes' } },
	{ id: 'functions', label: { nl: 'Nieuwe of gewijzigde functies', en: 'New or changed functions' } },
	{ id: 'data', label: { nl: 'Andere of meer gegevens', en: 'Different or more data' } },
	{ id: 'recipients', label: { nl: 'Nieuwe ontvangers', en: 'New recipients' } },
	{ id: 'combinations', label: { nl: 'Nieuwe koppelingen van gegevens', en: 'New combinations of data' } },
	{ id: 'risks', label: { nl: "Gewijzigde risico's", en: 'Changed risks' } },
	{ id: 'security', label: { nl: 'Gewijzigde beveiliging', en: 'Changed security' } },
	{ id: 'transfers', label: { nl: 'Gewijzigde doorgifte buiten de EER', en: 'Changed transfers outside the EEA' } },
	{ id: 'vendor', label: { nl: 'Nieuwe leverancier of subverwerker', en: 'New vendor or sub-processor' } },
	{ id: 'new_ai_feature', label: { nl: 'Nieuwe AI-functie', en: 'New AI feature' } },
	{ id: 'pupil_group', label: { nl: 'Nieuwe groep leerlingen', en: 'New group of pupils' } },
	{ id: 'breach', label: { nl: 'Datalek', en: 'Data breach' } },
	{ id: 'sector_verdict', label: { nl: 'Gewijzigd oordeel van SIVON of SURF', en: 'Changed SIVON or SURF verdict' } },
	{ id: 'periodic', label: { nl: 'Periodieke herbeoordeling (drie jaar)', en: 'Periodic review (three years)' } }
];

export function isChangeReason(id: string): boolean {
	return CHANGE_REASONS.some((reason) => reason.id === id);
}

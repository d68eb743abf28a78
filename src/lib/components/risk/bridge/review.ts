/**
 * BRIDGE to `$lib/domain/review/review` (domain engineer): review timing of spec §6.3/§9 and the
 * significant-change reasons, until the domain module exists.
 */
import { addYears, formatISO, parseISO } from 'date-fns';
import type { Localized } from '$lib/domain/catalogue/i18n';

/** Re-assessment at least every three years after the board's decision (seed 003 §3.5.2; spec §9, S-5). */
export function reviewDueDate(decidedOn: string): string {
	return formatISO(addYears(parseISO(decidedOn), 3), { representation: 'date' });
}

export const CHANGE_REASONS: readonly { id: string; label: Localized }[] = [
	{ id: 'context', label: { nl: 'Gewijzigde context of doeleinden', en: 'Changed context or purposes' } },
	{ id: 'data', label: { nl: 'Andere of meer gegevens', en: 'Different or more data' } },
	{ id: 'recipients', label: { nl: 'Nieuwe ontvangers of koppelingen', en: 'New recipients or combinations' } },
	{ id: 'vendor', label: { nl: 'Nieuwe leverancier of subverwerker', en: 'New vendor or sub-processor' } },
	{ id: 'new_ai_feature', label: { nl: 'Nieuwe AI-functie', en: 'New AI feature' } },
	{ id: 'pupil_group', label: { nl: 'Nieuwe groep leerlingen', en: 'New group of pupils' } },
	{ id: 'security', label: { nl: 'Gewijzigde beveiliging of doorgifte', en: 'Changed security or transfers' } },
	{ id: 'breach', label: { nl: 'Datalek', en: 'Data breach' } },
	{ id: 'sector_verdict', label: { nl: 'Gewijzigd oordeel SIVON/SURF', en: 'Changed SIVON/SURF verdict' } },
	{ id: 'periodic', label: { nl: 'Periodieke herbeoordeling (drie jaar)', en: 'Periodic review (three years)' } }
];

export type ReviewStatus = 'none' | 'ok' | 'check_due' | 'due_soon' | 'overdue';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Where a DPIA stands against its review date: overdue after the due date, due soon in the last 90 days,
 * and an annual check due in the 30 days around each anniversary of the decision (spec §6.3).
 */
export function reviewStatus(dates: { decidedOn: string | null; reviewDueOn: string | null }, today: string): ReviewStatus {
	if (!dates.reviewDueOn) return 'none';
	const now = Date.parse(today);
	const due = Date.parse(dates.reviewDueOn);
	if (now > due) return 'overdue';
	if (due - now <= 90 * DAY) return 'due_soon';
	if (dates.decidedOn) {
		const decided = new Date(`${dates.decidedOn}T00:00:00Z`);
		for (let year = 1; year < 3; year++) {
			const anniversary = Date.UTC(decided.getUTCFullYear() + year, decided.getUTCMonth(), decided.getUTCDate());
			if (Math.abs(now - anniversary) <= 30 * DAY) return 'check_due';
		}
	}
	return 'ok';
}

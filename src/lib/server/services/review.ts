import { addYears, formatISO, parseISO } from 'date-fns';
import { m } from '$lib/paraglide/messages';
import type { CalendarEvent } from './ical';

type Locale = 'nl' | 'en';

/**
 * Calendar entries of one DPIA: the review due date (decision + 3 years, spec §9 / seed 003 §3.5.2) and
 * an annual check on each anniversary of the decision before it (spec §6.3: CNIL suggests a yearly look).
 * UIDs are derived from the assessment and the date, so a calendar app updates rather than duplicates.
 */
export function reviewEvents(
	row: { id: string; name: string; decidedOn: string | null; reviewDueOn: string | null },
	options: { locale: Locale }
): CalendarEvent[] {
	if (!row.reviewDueOn) return [];
	const locale = { locale: options.locale };
	const events: CalendarEvent[] = [];
	if (row.decidedOn) {
		const decided = parseISO(row.decidedOn);
		for (let year = 1; ; year++) {
			const date = formatISO(addYears(decided, year), { representation: 'date' });
			if (date >= row.reviewDueOn) break;
			events.push({
				uid: `annual-${row.id}-${date}@dpia-wijzer`,
				date,
				summary: m.review_event_annual({ name: row.name }, locale),
				description: m.review_event_annual_desc({ name: row.name }, locale)
			});
		}
	}
	events.push({
		uid: `review-${row.id}-${row.reviewDueOn}@dpia-wijzer`,
		date: row.reviewDueOn,
		summary: m.review_event_due({ name: row.name }, locale),
		description: m.review_event_due_desc({ name: row.name }, locale)
	});
	return events;
}

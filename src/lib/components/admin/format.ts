import { dateTimeFormat } from '$lib/utils/date-format';
import { getLocale } from '$lib/paraglide/runtime';

/** A moment as date and time in the UI language, in Dutch time (where the schools are). */
export function formatMoment(value: Date | string | null | undefined): string {
	if (!value) return '';
	const date = value instanceof Date ? value : new Date(value);
	return dateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Amsterdam'
	}).format(date);
}

import { dateTimeFormat } from '$lib/utils/date-format';
import type { Localized } from '$lib/domain/catalogue/i18n';
import type { ReportTexts } from '../texts/types';

const DATE = { nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };
/** Moments (sign-off, workflow steps) are shown on the Dutch calendar day they happened. */
const MOMENT = {
	nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
	en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })
};

/** A calendar date (yyyy-mm-dd) in words; anything else is shown as given rather than hidden. */
export function formatDate(value: string | null | undefined, texts: Pick<ReportTexts, 'locale'>): string {
	if (!value) return '';
	const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? value : DATE[texts.locale].format(date);
}

/** A timestamp (ISO 8601) as its day in the Netherlands. */
export function formatMoment(value: string | null | undefined, texts: Pick<ReportTexts, 'locale'>): string {
	if (!value) return '';
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : MOMENT[texts.locale].format(date);
}

/** yyyy-mm-dd of a timestamp on the Dutch calendar, for file names. */
export function dutchDay(value: string | Date): string {
	return dateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value));
}

export function label(text: Localized, texts: Pick<ReportTexts, 'locale'>): string {
	return text[texts.locale];
}

/** The label of a stored id from a table of labels; an unknown id is shown, never swallowed. */
export function labelOf<K extends string>(table: Partial<Record<K, Localized>>, id: string | null | undefined, texts: ReportTexts): string {
	if (!id) return '';
	const found = (table as Record<string, Localized | undefined>)[id];
	return found ? found[texts.locale] : texts.unknownValue(id);
}

/**
 * References to numbered items, runs of three or more as a range: R1–R150 instead of a hundred and fifty
 * numbers in a narrow column. Expects ascending numbers.
 */
export function refs(prefix: string, numbers: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < numbers.length; ) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
		if (j - i >= 2) parts.push(`${prefix}${numbers[i]}–${prefix}${numbers[j]}`);
		else for (let k = i; k <= j; k++) parts.push(`${prefix}${numbers[k]}`);
		i = j + 1;
	}
	return parts.join(', ');
}

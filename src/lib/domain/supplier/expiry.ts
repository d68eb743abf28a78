import { differenceInCalendarDays, parseISO } from 'date-fns';

/** Agreements and certifications are shown on the dashboard and in the feed from 90 days before they end. */
export const EXPIRY_WARNING_DAYS = 90;

export type ExpiryStatus = { readonly kind: 'none' } | { readonly kind: 'valid' } | { readonly kind: 'expiring'; readonly daysLeft: number } | { readonly kind: 'expired'; readonly daysAgo: number };

/** `validUntil` is the last day it is valid (yyyy-mm-dd); no date means it does not expire. */
export function expiryStatus(validUntil: string | null, today: string): ExpiryStatus {
	if (!validUntil) return { kind: 'none' };
	const left = differenceInCalendarDays(parseISO(validUntil), parseISO(today));
	if (left < 0) return { kind: 'expired', daysAgo: -left };
	return left <= EXPIRY_WARNING_DAYS ? { kind: 'expiring', daysLeft: left } : { kind: 'valid' };
}

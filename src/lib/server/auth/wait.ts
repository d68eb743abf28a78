import { m } from '$lib/paraglide/messages';

/** "30 seconden" / "2 minuten" until `until`, rounded up, so a person who waits that long is heard. */
export function waitText(until: Date, now = new Date()): string {
	const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
	if (seconds < 60) return m.auth_wait_seconds({ count: seconds });
	const minutes = Math.ceil(seconds / 60);
	return minutes === 1 ? m.auth_wait_minute() : m.auth_wait_minutes({ count: minutes });
}

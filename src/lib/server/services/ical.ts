/**
 * A minimal RFC 5545 writer for all-day events: enough for a read-only feed that calendar apps subscribe
 * to. Lines end in CRLF and are folded at 75 octets (§3.1), counting UTF-8 bytes, never splitting a
 * multi-byte character.
 */
export interface CalendarEvent {
	/** Globally unique and stable across feed refreshes, so apps update the event instead of duplicating it. */
	uid: string;
	/** yyyy-mm-dd */
	date: string;
	summary: string;
	description?: string;
	url?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT escaping (§3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds one content line: continuation lines start with a space, which counts towards their 75 octets. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(CRLF + ' ');
}

function basicDate(date: string): string {
	return date.replace(/-/g, '');
}

function stamp(now: Date): string {
	return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function nextDay(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

export function renderCalendar(input: { name: string; events: CalendarEvent[]; now?: Date }): string {
	const dtstamp = stamp(input.now ?? new Date());
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//DPIA Wijzer//Review calendar//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(input.name)}`
	];
	for (const event of input.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;VALUE=DATE:${basicDate(event.date)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		if (event.url) lines.push(`URL:${event.url}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

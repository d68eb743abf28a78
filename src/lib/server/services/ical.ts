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

/**
 * What of a text survives into the feed: any line break (CRLF, a lone CR or LF) becomes one newline, and the
 * other control characters, which §3.3.11 leaves out of TEXT (only HTAB is allowed), are dropped. A raw CR
 * would end the content line early and let a DPIA name write its own properties into the feed. A lone
 * surrogate cannot be encoded as UTF-8 and becomes U+FFFD, as the response's encoder would make it anyway.
 */
export function sanitiseText(value: string): string {
	return value
		.replace(/\r\n?|\n/g, '\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** TEXT escaping (§3.3.11): backslash, semicolon, comma and newlines, after sanitising. */
export function escapeText(value: string): string {
	return sanitiseText(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
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

import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from './ical';

/** Undoes §3.1 folding the way a calendar client does. */
function unfold(text: string): string[] {
	return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l.length > 0);
}

describe('iCalendar writer', () => {
	const now = new Date('2026-03-01T10:20:30.456Z');
	const text = renderCalendar({
		name: 'Stichting Onderwijs Noord',
		now,
		events: [
			{
				uid: 'review-abc@dpia-wijzer',
				date: '2029-02-28',
				summary: 'Herbeoordeling DPIA: Snappet, rekenen; adaptief',
				description: 'Lange omschrijving '.repeat(12) + 'met één accent: é'
			}
		]
	});

	it('uses CRLF line endings only and no line over 75 octets', () => {
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('writes a VEVENT with UID, DTSTAMP, an all-day DTSTART and escaped text', () => {
		const lines = unfold(text);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toContain('UID:review-abc@dpia-wijzer');
		expect(lines).toContain('DTSTAMP:20260301T102030Z');
		expect(lines).toContain('DTSTART;VALUE=DATE:20290228');
		expect(lines).toContain('DTEND;VALUE=DATE:20290301');
		expect(lines).toContain('SUMMARY:Herbeoordeling DPIA: Snappet\\, rekenen\\; adaptief');
		const description = lines.find((l) => l.startsWith('DESCRIPTION:'));
		expect(description?.endsWith('met één accent: é')).toBe(true);
	});

	it('folds at octets without splitting a multi-byte character', () => {
		const folded = foldLine('X:' + 'é'.repeat(80));
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
			expect(part).not.toContain('\uFFFD');
		}
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe('X:' + 'é'.repeat(80));
	});

	it('escapes backslashes, commas, semicolons and newlines', () => {
		expect(escapeText('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
	});
});

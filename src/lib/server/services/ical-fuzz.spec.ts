import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar, sanitiseText } from './ical';
import { reviewEvents } from './review';

// X-WR-CALNAME is an extension ical.js does not know; clients read it as TEXT, so the test does too.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

/** What a real client reads: ical.js parses the feed, as calendar apps built on it do. */
function parseFeed(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((event) => ({
		summary: event.getFirstPropertyValue('summary'),
		description: event.getFirstPropertyValue('description'),
		uid: event.getFirstPropertyValue('uid'),
		properties: event.getAllProperties().map((p) => p.name)
	}));
	return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

/** Names with every kind of trouble: control characters, CR alone, separators, surrogates, long runs. */
const hostileName = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: fc.constantFrom('\r', '\n', '\t', '\0', '\u001b', '\u007f', ';', ',', '\\', ':', 'é', '😀', 'a', ' '), maxLength: 120 }),
	fc.constantFrom('Parro\rSUMMARY:evil', 'A\r\nBEGIN:VEVENT\r\nUID:x', 'x\\nEND:VCALENDAR', '\r', '\n\n')
);

const dates = fc.record({
	decidedOn: fc.constantFrom(null, '2023-05-31', '2024-02-29'),
	reviewDueOn: fc.constantFrom('2027-05-31', '2028-02-29')
});

describe('iCalendar feed read back by ical.js', () => {
	it('keeps every event and every (sanitised) name, whatever the name holds', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(hostileName, dates), { maxLength: 5 }), hostileName, (rows, boardName) => {
				const events = rows.flatMap(([name, when], i) => reviewEvents({ id: `a${i}`, name, ...when }, { locale: 'nl' }));
				const parsed = parseFeed(renderCalendar({ name: boardName, events }));
				expect(parsed.name).toBe(sanitiseText(boardName));
				expect(parsed.events).toHaveLength(events.length);
				parsed.events.forEach((read, i) => {
					expect(read.uid).toBe(events[i]!.uid);
					expect(read.summary).toBe(sanitiseText(events[i]!.summary));
					expect(read.description).toBe(sanitiseText(events[i]!.description ?? ''));
					// A name never writes a property of its own into the event.
					expect(read.properties.sort()).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'summary', 'transp', 'uid']);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('writes no bare CR or LF and no control character but HTAB, and folds at 75 octets', () => {
		fc.assert(
			fc.property(hostileName, (name) => {
				const text = renderCalendar({ name, events: reviewEvents({ id: 'a', name, decidedOn: null, reviewDueOn: '2027-05-31' }, { locale: 'en' }) });
				const lines = text.split('\r\n');
				for (const line of lines) {
					expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
					expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('turns a lone carriage return into a newline, never a line end', () => {
		const text = renderCalendar({ name: 'Noord', events: [{ uid: 'u@x', date: '2027-01-01', summary: 'Parro\rSUMMARY:evil' }] });
		expect(text).toContain('SUMMARY:Parro\\nSUMMARY:evil');
		expect(parseFeed(text).events[0]?.summary).toBe('Parro\nSUMMARY:evil');
	});
});

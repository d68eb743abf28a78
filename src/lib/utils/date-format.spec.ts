import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-format';

describe('dateTimeFormat', () => {
	it('formats as a new Intl.DateTimeFormat with the same arguments would', () => {
		const options = { dateStyle: 'long', timeZone: 'Europe/Amsterdam' } as const;
		const date = new Date('2026-03-29T01:30:00Z');
		expect(dateTimeFormat('nl-NL', options).format(date)).toBe(new Intl.DateTimeFormat('nl-NL', options).format(date));
	});

	it('reuses one instance per locale and options, and keeps different options apart', () => {
		const a = dateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
		expect(dateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(a);
		expect(dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })).not.toBe(a);
		expect(dateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' })).not.toBe(a);
	});
});

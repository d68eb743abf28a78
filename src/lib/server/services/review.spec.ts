import { describe, expect, it } from 'vitest';
import { reviewStatus } from '$lib/domain/review';
import { reviewEvents } from './review';

describe('review dates', () => {
	const dates = { decidedOn: '2026-03-10', reviewDueOn: '2029-03-10' };

	it('drives the badge from the due date and the anniversaries of the decision', () => {
		expect(reviewStatus({ decidedOn: null, reviewDueOn: null }, '2026-04-01')).toBe('none');
		expect(reviewStatus(dates, '2026-09-01')).toBe('ok');
		expect(reviewStatus(dates, '2027-03-01')).toBe('check_due');
		expect(reviewStatus(dates, '2028-03-25')).toBe('check_due');
		expect(reviewStatus(dates, '2028-12-20')).toBe('due_soon');
		expect(reviewStatus(dates, '2029-03-11')).toBe('overdue');
	});

	it('lists annual checks before the due date and the review itself, in the asked language', () => {
		const events = reviewEvents({ id: 'a1', name: 'Snappet', ...dates }, { locale: 'en' });
		expect(events.map((e) => e.date)).toEqual(['2027-03-10', '2028-03-10', '2029-03-10']);
		expect(events.at(-1)).toMatchObject({ uid: 'review-a1-2029-03-10@dpia-wijzer', summary: 'DPIA review: Snappet' });
		expect(new Set(events.map((e) => e.uid)).size).toBe(3);
		expect(reviewEvents({ id: 'a2', name: 'X', decidedOn: null, reviewDueOn: null }, { locale: 'nl' })).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { modeFor, ownerMatches, retryDelayMs, reviewMilestone } from './notifications';

describe('mail rules', () => {
	it('retries after one minute, doubling, capped at six hours', () => {
		expect(retryDelayMs(1)).toBe(60_000);
		expect(retryDelayMs(2)).toBe(120_000);
		expect(retryDelayMs(4)).toBe(480_000);
		expect(retryDelayMs(30)).toBe(6 * 3_600_000);
	});

	it('picks the nearest review milestone reached', () => {
		expect(reviewMilestone('2027-06-01', '2027-01-01')).toBeNull();
		expect(reviewMilestone('2027-06-01', '2027-03-03')).toBe('in90');
		expect(reviewMilestone('2027-06-01', '2027-05-02')).toBe('in30');
		expect(reviewMilestone('2027-06-01', '2027-06-01')).toBe('in30');
		expect(reviewMilestone('2027-06-01', '2027-06-02')).toBe('overdue');
	});

	it('defaults to at once and accepts only known modes', () => {
		expect(modeFor(undefined, 'comment')).toBe('now');
		expect(modeFor({ comment: 'digest' }, 'comment')).toBe('digest');
		expect(modeFor({ comment: 'off' }, 'comment')).toBe('off');
		expect(modeFor({ comment: 'weekly' }, 'comment')).toBe('now');
	});

	it('matches an owner by name or address, never an empty owner', () => {
		const p = { name: 'Eva Jansen', email: 'eva@noord.test' };
		expect(ownerMatches(' eva jansen ', p)).toBe(true);
		expect(ownerMatches('EVA@noord.test', p)).toBe(true);
		expect(ownerMatches('', p)).toBe(false);
		expect(ownerMatches('Eva', p)).toBe(false);
	});
});

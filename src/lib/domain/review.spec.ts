import { addDays, addYears, formatISO, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualCheckDates, CHANGE_REASONS, isChangeReason, REVIEW_STATUSES, reviewDueDate, reviewStatus, shownStatus, shownStatusWith } from './review';

const shift = (date: string, days: number) => formatISO(addDays(parseISO(date), days), { representation: 'date' });
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('review', () => {
	it('is due three years after the board decision, leap days included', () => {
		expect(reviewDueDate('2026-03-10')).toBe('2029-03-10');
		expect(reviewDueDate('2024-02-29')).toBe('2027-02-28');
		expect(() => reviewDueDate('10-03-2026')).toThrow(RangeError);
		expect(() => reviewDueDate('2026-02-30')).toThrow(RangeError);
		expect(() => reviewDueDate('2026-13-01')).toThrow(RangeError);
		expect(reviewDueDate('2026-03-10T15:30:00')).toBe('2029-03-10');
	});

	it('reads a plain day exactly as date-fns does', () => {
		const viaDateFns = (date: string) => formatISO(addYears(parseISO(date), 3), { representation: 'date' });
		fc.assert(fc.property(day, (date) => reviewDueDate(date) === viaDateFns(date)));
		expect(reviewDueDate('0099-01-01')).toBe(viaDateFns('0099-01-01'));
	});

	it('has an annual check on each anniversary before the review', () => {
		expect(annualCheckDates('2026-03-10')).toEqual(['2027-03-10', '2028-03-10']);
		expect(annualCheckDates('2026-03-10', '2027-06-01')).toEqual(['2027-03-10']);
	});

	it('moves through ok, check due, due soon and overdue', () => {
		const dates = { decidedOn: '2026-03-10', reviewDueOn: '2029-03-10' };
		expect(reviewStatus({ decidedOn: null, reviewDueOn: null }, '2026-04-01')).toBe('none');
		expect(reviewStatus(dates, '2026-09-01')).toBe('ok');
		expect(reviewStatus(dates, '2027-02-08')).toBe('check_due');
		expect(reviewStatus(dates, '2027-02-07')).toBe('ok');
		expect(reviewStatus(dates, '2028-04-09')).toBe('check_due');
		expect(reviewStatus(dates, '2028-04-10')).toBe('ok');
		expect(reviewStatus(dates, '2028-12-10')).toBe('due_soon');
		expect(reviewStatus(dates, '2029-03-10')).toBe('due_soon');
		expect(reviewStatus(dates, '2029-03-11')).toBe('overdue');
		expect(reviewStatus({ decidedOn: null, reviewDueOn: '2029-03-10' }, '2027-03-10')).toBe('ok');
	});

	it('is overdue exactly after the due date and due soon in the 90 days up to it, for any decision date', () => {
		fc.assert(
			fc.property(day, fc.integer({ min: -2000, max: 2000 }), (decidedOn, offset) => {
				const reviewDueOn = reviewDueDate(decidedOn);
				const status = reviewStatus({ decidedOn, reviewDueOn }, shift(reviewDueOn, offset));
				expect(REVIEW_STATUSES).toContain(status);
				expect(status === 'overdue').toBe(offset > 0);
				expect(status === 'due_soon').toBe(offset <= 0 && offset >= -90);
			})
		);
	});

	it('lists the significant changes of spec §6.3 in both languages, each id once', () => {
		const ids = CHANGE_REASONS.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['context', 'data', 'purposes', 'functions', 'recipients', 'combinations', 'risks', 'security', 'transfers', 'vendor', 'new_ai_feature', 'pupil_group', 'breach', 'sector_verdict'])
			expect(isChangeReason(id), id).toBe(true);
		expect(isChangeReason('whim')).toBe(false);
		for (const reason of CHANGE_REASONS) expect(reason.label.nl.trim() && reason.label.en.trim(), reason.id).toBeTruthy();
	});
});

describe('shownStatus', () => {
	it('calls a DPIA in force whose review date has passed due for review, and leaves every other state as stored', () => {
		const dates = { decidedOn: '2023-01-10', reviewDueOn: '2026-01-10' };
		expect(shownStatus('in_force', reviewStatus(dates, '2026-01-11'))).toBe('review_due');
		expect(shownStatus('in_force', reviewStatus(dates, '2026-01-10'))).toBe('in_force');
		expect(shownStatus('in_force', reviewStatus(dates, '2025-12-01'))).toBe('in_force');
		expect(shownStatus('concept', reviewStatus(dates, '2026-01-11'))).toBe('concept');
		expect(shownStatus('archived', reviewStatus(dates, '2027-01-11'))).toBe('archived');
	});
});

describe('shownStatusWith', () => {
	it('makes a DPIA in force due for review when its supplier changed or a newer model version is in the library, and nothing else', () => {
		const none = { supplierChanged: false, modelUpdated: false };
		expect(shownStatusWith('in_force', 'ok', none)).toBe('in_force');
		expect(shownStatusWith('in_force', 'ok', { ...none, modelUpdated: true })).toBe('review_due');
		expect(shownStatusWith('in_force', 'ok', { ...none, supplierChanged: true })).toBe('review_due');
		expect(shownStatusWith('in_force', 'overdue', none)).toBe('review_due');
		expect(shownStatusWith('concept', 'ok', { supplierChanged: true, modelUpdated: true })).toBe('concept');
	});
});

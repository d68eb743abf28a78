import { describe, expect, it } from 'vitest';
import { capabilitiesAhead, missingRoles } from './staffing';

describe('who a DPIA will wait for', () => {
	it('knows the capabilities ahead of each state on the way to in force', () => {
		expect(capabilitiesAhead('concept')).toEqual(['assessment.edit', 'assessment.advise', 'assessment.decide', 'assessment.share']);
		expect(capabilitiesAhead('fg_review')).toEqual(['assessment.advise', 'assessment.decide', 'assessment.share']);
		expect(capabilitiesAhead('fg_advice')).toEqual(['assessment.decide', 'assessment.share']);
		expect(capabilitiesAhead('ap_consultation')).toEqual(['assessment.share', 'assessment.decide']);
		expect(capabilitiesAhead('board_decision')).toEqual(['assessment.decide']);
		expect(capabilitiesAhead('shared_gmr')).toEqual(['assessment.decide']);
		for (const closed of ['in_force', 'review_due', 'rejected', 'archived'] as const) expect(capabilitiesAhead(closed)).toEqual([]);
	});

	it('names the FG and the board when a new board has only its admin', () => {
		expect(missingRoles('concept', ['admin'])).toEqual(['fg', 'bestuur']);
		expect(missingRoles('concept', ['admin', 'editor', 'viewer', 'gmr'])).toEqual(['fg', 'bestuur']);
	});

	it('forgets a role once someone holds it, or the version is past its step', () => {
		expect(missingRoles('concept', ['admin', 'fg'])).toEqual(['bestuur']);
		expect(missingRoles('concept', ['admin', 'fg', 'bestuur'])).toEqual([]);
		expect(missingRoles('fg_advice', ['admin'])).toEqual(['bestuur']);
		expect(missingRoles('in_force', ['admin'])).toEqual([]);
	});
});

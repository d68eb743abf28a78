import { describe, expect, it } from 'vitest';
import { judge } from '../../scripts/audit-gate';

/** The CI gate around `npm audit --omit=dev` (.ci/run): real findings fail, an unreachable endpoint is reported, not hidden. */
const report = (severity: string, url = 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc') =>
	JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities: {
			cookie: { severity, via: [{ name: 'cookie', title: 'Out of bounds characters', url, severity }] },
			'@sveltejs/kit': { severity, via: ['cookie'] }
		},
		metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, [severity]: 2, total: 2 } }
	});
const TODAY = '2026-12-01';

describe('npm audit gate', () => {
	it('fails on a high or a critical advisory, naming the package and the advisory', () => {
		for (const severity of ['high', 'critical']) {
			const verdict = judge(report(severity), [], TODAY);
			expect(verdict).toEqual({ kind: 'findings', findings: [`${severity} cookie: Out of bounds characters https://github.com/advisories/GHSA-aaaa-bbbb-cccc`], excepted: [] });
		}
	});

	it('passes low and moderate advisories, and a clean report', () => {
		expect(judge(report('moderate'), [], TODAY).kind).toBe('clean');
		const clean = JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { high: 0, critical: 0, total: 0 } } });
		expect(judge(clean, [], TODAY).kind).toBe('clean');
	});

	it('accepts a documented exception until its review date, and not after', () => {
		const exception = { advisory: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', reason: 'not reachable: we set no cookie names from input', reviewBy: '2027-01-31' };
		expect(judge(report('high'), [exception], TODAY)).toMatchObject({ kind: 'clean', excepted: [expect.stringContaining('excepted until 2027-01-31')] });
		expect(judge(report('high'), [exception], '2027-02-01').kind).toBe('findings');
	});

	it('reports an unreachable audit endpoint (the 405 this registry gives) as "did not run", not as clean', () => {
		const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } });
		expect(judge(refused, [], TODAY)).toEqual({ kind: 'unavailable', detail: expect.stringContaining('405') });
		expect(judge('npm error network', [], TODAY).kind).toBe('unavailable');
	});
});

import { describe, expect, it } from 'vitest';
import { safeNext } from './next-url';

describe('safeNext', () => {
	it('keeps a same-site path with its query and fragment', () => {
		expect(safeNext('/o/stichting-noord/admin/users?x=1#top')).toBe('/o/stichting-noord/admin/users?x=1#top');
	});

	it.each([
		['absolute URL', 'https://evil.example/'],
		['protocol-relative URL', '//evil.example/o'],
		['backslash trick', '/\\evil.example'],
		['scheme', 'javascript:alert(1)'],
		['relative path', 'o/stichting-noord'],
		['control character', '/\t/evil.example'],
		['empty', ''],
		['missing', null]
	])('refuses a %s', (_label, next) => {
		expect(safeNext(next)).toBeNull();
	});

	it('never leads back to login, logout or setup', () => {
		expect(safeNext('/logout')).toBeNull();
		expect(safeNext('/login?next=/o')).toBeNull();
		expect(safeNext('/setup')).toBeNull();
		expect(safeNext('/logouts-report')).toBe('/logouts-report');
	});
});

import { describe, expect, it } from 'vitest';
import { escapeLike, isFiltered, pageCount, parseRegisterQuery, registerSearchParams } from './register-query';

const SCHOOL = '0f8e3c1a-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const SUPPLIER = '5a6b7c8d-1b2c-4d5e-8f90-a1b2c3d4e5f6';
const MODEL = '9d8c7b6a-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe('parseRegisterQuery', () => {
	it('reads every filter from the URL', () => {
		const query = parseRegisterQuery(new URLSearchParams(`q=%20Snappet%20&school=${SCHOOL}&supplier=${SUPPLIER}&model=${MODEL}&status=in_force&level=high&page=3`));
		expect(query).toEqual({ search: 'Snappet', schoolId: SCHOOL, supplierId: SUPPLIER, modelId: MODEL, status: 'in_force', level: 'high', page: 3 });
	});

	it('ignores values it does not know instead of failing', () => {
		const query = parseRegisterQuery(new URLSearchParams('school=1;drop&supplier=x&model=v2&status=bogus&level=extreme&page=-2'));
		expect(query).toEqual({ search: '', schoolId: null, supplierId: null, modelId: null, status: null, level: null, page: 1 });
		expect(parseRegisterQuery(new URLSearchParams('page=1e3')).page).toBe(1);
	});

	it('accepts "no DPIA yet" as a status', () => {
		expect(parseRegisterQuery(new URLSearchParams('status=no_dpia')).status).toBe('no_dpia');
	});

	it('cuts an overlong search term', () => {
		expect(parseRegisterQuery(new URLSearchParams(`q=${'a'.repeat(500)}`)).search).toHaveLength(200);
	});
});

describe('registerSearchParams', () => {
	it('keeps the filters and leaves page 1 and empty filters out', () => {
		const query = parseRegisterQuery(new URLSearchParams('q=50% korting&level=low&page=4'));
		expect(registerSearchParams(query, 1)).toBe('?q=50%25+korting&level=low');
		expect(registerSearchParams(query)).toBe('?q=50%25+korting&level=low&page=4');
		expect(registerSearchParams(parseRegisterQuery(new URLSearchParams()))).toBe('');
	});

	it('round-trips through the parser', () => {
		const query = parseRegisterQuery(new URLSearchParams(`q=a_b&school=${SCHOOL}&supplier=${SUPPLIER}&model=${MODEL}&status=concept&page=2`));
		expect(parseRegisterQuery(new URLSearchParams(registerSearchParams(query)))).toEqual(query);
		expect(isFiltered(query)).toBe(true);
		expect(isFiltered(parseRegisterQuery(new URLSearchParams('page=2')))).toBe(false);
	});
});

describe('escapeLike', () => {
	it('takes %, _ and backslash literally', () => {
		expect(escapeLike('100%_ok\\')).toBe('100\\%\\_ok\\\\');
		expect(escapeLike('Snappet')).toBe('Snappet');
	});
});

describe('pageCount', () => {
	it('has at least one page and rounds up', () => {
		expect(pageCount(0)).toBe(1);
		expect(pageCount(25)).toBe(1);
		expect(pageCount(26)).toBe(2);
		expect(pageCount(10_000)).toBe(400);
	});
});

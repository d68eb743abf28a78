import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { errorFields } from './log';

describe('errorFields', () => {
	it('keeps the query, the reason and the frames of a failed query, but not its parameters', () => {
		const cause = Object.assign(new Error('new row for relation "users" violates check constraint'), { code: '23514' });
		const error = new DrizzleQueryError('update "users" set "password_hash" = $1 where "id" = $2', ['$argon2id$v=19$m=19456$geheim', 'user-1'], cause);
		const fields = errorFields(error);
		expect(JSON.stringify(fields)).not.toContain('argon2');
		expect(JSON.stringify(fields)).not.toContain('user-1');
		expect(fields.message).toBe('Failed query: update "users" set "password_hash" = $1 where "id" = $2\nparams: (not logged)');
		expect(fields.cause).toEqual({ name: 'Error', message: cause.message, code: '23514' });
		expect(fields.stack).toMatch(/^\s+at /);
	});

	it('leaves other errors as they are, and does not echo a thrown non-Error value', () => {
		expect(errorFields(new TypeError('x is not a function'))).toMatchObject({ name: 'TypeError', message: 'x is not a function' });
		expect(errorFields({ password: 'geheim' })).toEqual({ message: 'non-Error thrown' });
	});
});

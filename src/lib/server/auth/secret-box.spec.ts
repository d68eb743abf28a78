import { describe, expect, it } from 'vitest';
import { open, seal, SecretUnreadable } from './secret-box';

describe('secret box', () => {
	it('seals under the server key and opens again', () => {
		const stored = seal('geheim-123', 'server key');
		expect(stored).not.toContain('geheim');
		expect(open(stored, 'server key')).toBe('geheim-123');
		expect(seal('geheim-123', 'server key')).not.toBe(stored);
	});

	it('cannot be opened with another key or without one', () => {
		const stored = seal('geheim-123', 'server key');
		expect(() => open(stored, 'other key')).toThrow(SecretUnreadable);
		expect(() => open(stored, undefined)).toThrow(SecretUnreadable);
	});

	it('keeps the secret as it is without a key, and reads it back with or without one later', () => {
		const stored = seal('geheim-123', undefined);
		expect(open(stored, undefined)).toBe('geheim-123');
		expect(open(stored, 'server key')).toBe('geheim-123');
	});
});

import { describe, expect, it } from 'vitest';
import { isBrin, isSector, normaliseBrin, splitBrin } from './schools';

describe('BRIN numbers', () => {
	it('accepts two digits and two letters, with or without a two-digit vestigingsnummer', () => {
		expect(isBrin('12AB')).toBe(true);
		expect(isBrin('12AB00')).toBe(true);
		expect(splitBrin('12ab-03')).toEqual({ brin: '12AB', vestiging: '03' });
		expect(splitBrin('12AB')).toEqual({ brin: '12AB', vestiging: null });
	});

	it('normalises what people type: case, spaces, dots and dashes', () => {
		expect(normaliseBrin(' 12ab 00 ')).toBe('12AB00');
		expect(normaliseBrin('12.AB-00')).toBe('12AB00');
	});

	it('refuses codes of another shape', () => {
		for (const code of ['', '1AB', '12A', 'AB12', '12ABC', '12AB0', '12AB000', '123B', '12A1', '12ÄB']) expect(isBrin(normaliseBrin(code)), code).toBe(false);
		expect(splitBrin('12AB1')).toBeNull();
	});

	it('knows the sectors', () => {
		expect(isSector('po')).toBe(true);
		expect(isSector('vo')).toBe(true);
		expect(isSector('mbo')).toBe(false);
	});
});

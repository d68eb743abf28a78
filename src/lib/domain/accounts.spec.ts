import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseEmail, slugify, SLUG_PATTERN } from './accounts';

describe('account names', () => {
	it('turns board names into slugs the route matcher accepts', () => {
		expect(slugify('Stichting Onderwijs Noord')).toBe('stichting-onderwijs-noord');
		expect(slugify('  Café “De Brug” – PO ')).toBe('cafe-de-brug-po');
		expect(SLUG_PATTERN.test(slugify('Stichting Onderwijs Noord'))).toBe(true);
	});

	it('gives a valid slug or an empty string for any input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), (name) => {
				const slug = slugify(name);
				expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
			})
		);
	});

	it('compares e-mail addresses without case or surrounding spaces', () => {
		expect(normaliseEmail('  FG@Noord.TEST ')).toBe('fg@noord.test');
	});
});

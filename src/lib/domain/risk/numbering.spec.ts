import { describe, expect, it } from 'vitest';
import { catalogueReference, measureNumber, numberedTitle, numbersById, riskNumber } from './numbering';

describe('risk and measure numbering', () => {
	it('numbers by place in the register, not by catalogue id', () => {
		const risks = [{ id: 'own' }, { id: 'from-R03' }, { id: 'from-R05' }];
		expect([...numbersById(risks, riskNumber).values()]).toEqual(['R1', 'R2', 'R3']);
		expect(numbersById(risks, measureNumber).get('from-R05')).toBe('M3');
	});

	it('names a risk by number and title, and the catalogue id as a source that cannot be read as a number', () => {
		expect(numberedTitle('R2', 'Profilering')).toBe('R2 Profilering');
		expect(numberedTitle(undefined, 'Profilering')).toBe('Profilering');
		expect(catalogueReference('R03', 'nl')).toBe('catalogus R03');
		expect(catalogueReference('R03', 'en')).toBe('catalogue R03');
		expect(catalogueReference(null, 'nl')).toBeNull();
	});
});

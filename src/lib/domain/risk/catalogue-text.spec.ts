import { describe, expect, it } from 'vitest';
import { RISK_CATALOGUE } from './catalogue';
import { catalogueMeasureTitle, catalogueRiskTitle } from './catalogue-text';

describe('catalogue texts in the reader’s language', () => {
	const r03 = RISK_CATALOGUE.find((r) => r.id === 'R03')!;
	const mitigation = r03.mitigations[0]!.label;

	it('shows an unedited catalogue risk and measure in the reader’s language, whatever language added them', () => {
		expect(catalogueRiskTitle('R03', r03.label.nl, 'en')).toBe(r03.label.en);
		expect(catalogueRiskTitle('R03', r03.label.en, 'nl')).toBe(r03.label.nl);
		expect(catalogueMeasureTitle(mitigation.nl, 'en')).toBe(mitigation.en);
		expect(catalogueMeasureTitle(mitigation.en, 'nl')).toBe(mitigation.nl);
	});

	it('shows an edited text, and an own risk, as the person wrote it', () => {
		expect(catalogueRiskTitle('R03', 'Etikettering in groep 8', 'en')).toBe('Etikettering in groep 8');
		expect(catalogueRiskTitle(null, r03.label.nl, 'en')).toBe(r03.label.nl);
		expect(catalogueMeasureTitle('Eigen maatregel', 'en')).toBe('Eigen maatregel');
	});
});

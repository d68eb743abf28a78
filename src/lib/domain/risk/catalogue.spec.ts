import { describe, expect, it } from 'vitest';
import { isTriggerId } from '../triggers';
import { catalogueRiskById, RISK_CATALOGUE, suggestedRisks } from './catalogue';
import { FEARED_EVENT_LABELS, FEARED_EVENTS, isFearedEvent, MITIGATION_TYPE_LABELS, MITIGATION_TYPES } from './feared-events';
import { LIKELIHOOD_SCALE, SEVERITY_SCALE } from './scales';

const filled = (text: { nl: string; en: string }) => text.nl.trim().length > 0 && text.en.trim().length > 0;

describe('risk catalogue (spec §5.3)', () => {
	it('holds R01..R15 in order, each id once', () => {
		expect(RISK_CATALOGUE.map((r) => r.id)).toEqual(Array.from({ length: 15 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`));
	});

	it('gives every risk a title, typical trigger and mitigations in both languages, with valid types and events', () => {
		for (const risk of RISK_CATALOGUE) {
			expect(filled(risk.label) && filled(risk.typicalTrigger), risk.id).toBe(true);
			expect(isFearedEvent(risk.fearedEvent), risk.id).toBe(true);
			expect(risk.mitigations.length, risk.id).toBeGreaterThan(0);
			for (const m of risk.mitigations) {
				expect(MITIGATION_TYPES, risk.id).toContain(m.type);
				expect(filled(m.label), risk.id).toBe(true);
			}
		}
	});

	it('relates risks only to trigger ids that exist in the trigger catalogue', () => {
		for (const risk of RISK_CATALOGUE) for (const id of risk.relatedTriggers) expect(isTriggerId(id), `${risk.id} → ${id}`).toBe(true);
	});

	it('suggests the risks related to the rules that fired', () => {
		expect(suggestedRisks(['AP-09']).map((r) => r.id)).toEqual(['R09']);
		expect(suggestedRisks(['C1']).map((r) => r.id)).toEqual(['R03', 'R05']);
		expect(suggestedRisks([])).toEqual([]);
	});

	it('finds risks by id and nothing for an unknown id', () => {
		expect(catalogueRiskById('R07')?.label.nl).toBe('Onbevoegde toegang door medewerkers');
		expect(catalogueRiskById('R16')).toBeUndefined();
	});

	it('keeps the feared-event ids and labels every event and mitigation type', () => {
		expect(FEARED_EVENTS).toEqual(['unauthorised_access', 'unwanted_change', 'disappearance', 'other_harm']);
		for (const id of FEARED_EVENTS) expect(filled(FEARED_EVENT_LABELS[id])).toBe(true);
		for (const id of MITIGATION_TYPES) expect(filled(MITIGATION_TYPE_LABELS[id])).toBe(true);
	});

	it('describes the four CNIL levels of both scales in both languages', () => {
		for (const scale of [SEVERITY_SCALE, LIKELIHOOD_SCALE]) {
			expect(scale.map((s) => s.value)).toEqual([1, 2, 3, 4]);
			expect(scale.map((s) => s.label.nl)).toEqual(['Verwaarloosbaar', 'Beperkt', 'Aanzienlijk', 'Maximaal']);
			for (const level of scale) expect(filled(level.description)).toBe(true);
		}
	});
});

import { describe, expect, it } from 'vitest';
import { reportModel } from '../data/sanitize';
import { fullReport } from '../full-report';
import { refs } from '../layout/format';
import { renderReportHere } from '../render-report';
import { prose } from '../testing/long-inputs';
import { pdfText } from '../testing/pdf-text';
import { reportTexts } from '../texts';

const RISKS = 150;

/** A register where every measure treats every risk, as a board that links its general measures to all. */
function register(measures: number, description = 'Korte uitleg.') {
	const risks = Array.from({ length: RISKS }, (_, i) => ({ id: `r${i}`, title: `Risico ${i + 1}`, description, fearedEvent: 'illegitimate_access', severity: 3, likelihood: 2 }));
	return reportModel({
		version: { number: 1, status: 'draft' },
		risks,
		measures: Array.from({ length: measures }, (_, i) => ({ id: `m${i}`, title: `Maatregel ${i + 1}`, type: 'organisational', status: 'planned', riskIds: risks.map((r) => r.id) }))
	});
}

const texts = reportTexts('nl');
const options = { fingerprint: null, now: new Date('2026-12-01T12:00:00Z') };

describe('references to risks and measures', () => {
	it('writes runs of three or more as a range', () => {
		expect(refs('R', [1, 2, 3, 4, 6, 8, 9, 11, 12, 13])).toBe('R1–R4, R6, R8, R9, R11–R13');
		expect(refs('M', [])).toBe('');
		expect(refs('R', Array.from({ length: RISKS }, (_, i) => i + 1))).toBe('R1–R150');
	});

	it('lists a measure that treats all 150 risks once, with its risks as one range', () => {
		const doc = JSON.stringify(fullReport(register(50), texts, options).content);
		for (let n = 1; n <= 50; n++) expect(doc.split(`"Maatregel ${n}"`).length - 1, `M${n}`).toBe(1);
		expect(doc.split('R1–R150').length - 1).toBe(50);
		// each risk names its measures as one range, not fifty numbers
		expect(doc.split('(M1–M50)').length - 1).toBe(RISKS);
		expect(doc).not.toContain('M1, M2');
	});

	it('prints long reasoning in full over as many pages as it needs', async () => {
		const long = prose(20_000, 3);
		const pdf = await renderReportHere('full', { ...register(1, long), risks: register(1, long).risks.slice(0, 2) }, 'nl', options.now);
		const text = await pdfText(pdf);
		const tail = long.slice(-60).replace(/\s+/g, ' ');
		expect(text).toContain(tail);
		expect(text.split(tail).length - 1).toBe(2);
	});
});

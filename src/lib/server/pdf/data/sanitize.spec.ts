import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import * as workflowRepo from '../../repo/workflow';
import { createTestDatabase } from '../../testing/db';
import { fullReport } from '../full-report';
import { gmrReport } from '../gmr-report';
import { renderReportHere } from '../render-report';
import { reportFixture } from '../testing/report-fixture';
import { gmrTexts, reportTexts } from '../texts';
import { reportSnapshotOf } from './load';
import { reportModel } from './sanitize';
import type { ReportSnapshot } from './types';

const evil = { text: 'Klik hier', link: 'https://evil.example' };
const table = { table: { body: Array.from({ length: 20_000 }, () => ['a', 'b']) } };
let deep: unknown = 'bodem';
for (let i = 0; i < 100_000; i++) deep = [deep];

/** What an import may have stored: objects, lists, numbers and null wherever the reports print text. */
function hostile(s: ReportSnapshot): unknown {
	return {
		...s,
		organisation: { name: evil },
		processing: { name: 42, vendor: table, description: [evil, 'tekst'] },
		schools: [evil, null, 7],
		answers: { ...s.answers, '1': { ...s.answers['1'], '1.1': evil, '1.2': deep } },
		risks: s.risks.map((r, i) => ({ ...r, title: i ? evil : null, description: table, severity: 'hoog', levelOverride: evil, origin: { link: 'https://evil.example' } })),
		measures: s.measures.map((m) => ({ ...m, title: evil, owner: ['x'], riskIds: [evil, ...m.riskIds], description: 12 })),
		fgAdvice: s.fgAdvice && { ...s.fgAdvice, text: evil, verdict: evil },
		history: s.history.map((h) => ({ ...h, by: evil, note: { text: 'n', link: 'https://evil.example' } })),
		signedOff: s.signedOff && { ...s.signedOff, by: evil }
	};
}

/** Every key anywhere in a document definition, and every object found where pdfmake takes text. */
function walk(node: unknown, keys: Set<string>, textObjects: unknown[]): void {
	if (Array.isArray(node)) return node.forEach((n) => walk(n, keys, textObjects));
	if (typeof node !== 'object' || node === null) return;
	for (const [key, value] of Object.entries(node)) {
		keys.add(key);
		if (key === 'text' && typeof value === 'object' && value !== null && !Array.isArray(value)) textObjects.push(value);
		walk(value, keys, textObjects);
	}
}

describe('the report model', () => {
	let database: Database;
	let snapshot: ReportSnapshot;

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await reportFixture(database.db);
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		snapshot = JSON.parse(JSON.stringify(await reportSnapshotOf(database.db, version.id))) as ReportSnapshot;
	}, 180_000);

	afterAll(async () => {
		await database?.close();
	});

	it('is the snapshot itself for a snapshot the app wrote', () => {
		expect(reportModel(snapshot)).toEqual(snapshot);
	});

	it('prints only plain text, whatever a stored snapshot holds, and the reports still render', async () => {
		const model = reportModel(hostile(snapshot));
		expect(model.organisation.name).toBe('');
		expect(model.processing).toEqual({ name: '42', vendor: '', description: '' });
		expect(model.schools).toEqual(['', '', '7']);
		expect(model.risks[0]).toMatchObject({ title: '', description: '', origin: '', severity: 1, levelOverride: '' });
		expect(model.measures[0]).toMatchObject({ title: '', owner: '', description: '12' });
		const texts = reportTexts('nl');
		const options = { fingerprint: 'f', now: new Date('2026-12-01T12:00:00Z') };
		for (const doc of [fullReport(model, texts, options), gmrReport(model, texts, gmrTexts('nl'), options)]) {
			const keys = new Set<string>();
			const textObjects: unknown[] = [];
			walk(doc.content, keys, textObjects);
			for (const key of ['link', 'linkToPage', 'linkToDestination', 'image', 'svg', 'qr']) expect(keys.has(key), key).toBe(false);
			expect(JSON.stringify(doc.content)).not.toContain('evil.example');
			expect(textObjects.filter((t) => JSON.stringify(t).includes('Klik hier'))).toEqual([]);
		}
		for (const kind of ['full', 'gmr'] as const) {
			const pdf = await renderReportHere(kind, hostile(snapshot), 'nl');
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			expect(pdf.toString('latin1')).not.toContain('evil.example');
		}
	});

	it('renders even from something that is no snapshot at all', async () => {
		for (const raw of [null, 'tekst', [], { risks: 'veel', measures: [null, 3], answers: [] }]) {
			expect((await renderReportHere('full', raw, 'en')).subarray(0, 5).toString()).toBe('%PDF-');
		}
	});
});

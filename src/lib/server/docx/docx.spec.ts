import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { reportSnapshotOf, snapshotFingerprint, type ReportSnapshot } from '../pdf';
import { reportPartsHere } from '../pdf/render-report';
import { gmrTexts, reportTexts } from '../pdf/texts';
import { reportFixture } from '../pdf/testing/report-fixture';
import * as workflowRepo from '../repo/workflow';
import { exportReport } from '../services/report-export';
import { createTestDatabase } from '../testing/db';
import { plainText } from './blocks';
import { docxTexts } from './testing/docx-text';
import { renderDocxHere } from '.';

const KINDS = ['full', 'gmr'] as const;
const LANGS = ['nl', 'en'] as const;
type Key = `${(typeof KINDS)[number]}-${(typeof LANGS)[number]}`;

/** Every heading the PDF builders made (styled h1–h3 or with a headline level), in order. */
function headings(node: unknown, out: string[] = []): string[] {
	if (Array.isArray(node)) for (const n of node) headings(n, out);
	else if (typeof node === 'object' && node !== null) {
		const n = node as Record<string, unknown>;
		if ((typeof n.style === 'string' && /^h[123]$/.test(n.style)) || typeof n.headlineLevel === 'number') out.push(plainText(n.text));
		for (const key of ['stack', 'columns', 'ul', 'ol']) if (key in n) headings(n[key], out);
		if (typeof n.table === 'object' && n.table !== null) headings((n.table as { body: unknown }).body, out);
	}
	return out.filter((h) => h.trim());
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('DOCX reports, read back by LibreOffice', () => {
	let database: Database;
	let snapshot: ReportSnapshot;
	let text: Record<Key, string>;
	let assessment: { organisationId: string; id: string };

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await reportFixture(database.db, { risks: 8, measures: 16 });
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		snapshot = await reportSnapshotOf(database.db, version.id);
		assessment = { organisationId: fx.organisation.id, id: fx.assessment.id };
		const files: Record<string, Uint8Array> = {};
		for (const kind of KINDS) for (const lang of LANGS) files[`${kind}-${lang}`] = await renderDocxHere(kind, snapshot, lang);
		text = (await docxTexts(files)) as Record<Key, string>;
	}, 300_000);
	afterAll(async () => {
		await database?.close();
	});

	for (const kind of KINDS)
		for (const lang of LANGS)
			it(`${kind} report (${lang}): every heading of the PDF and the key facts are in the Word file`, () => {
				const doc = text[`${kind}-${lang}`];
				const parts = reportPartsHere(kind, snapshot, lang);
				const expected = headings(parts.content);
				expect(expected.length).toBeGreaterThan(kind === 'full' ? 30 : 10);
				for (const heading of expected) expect(doc, heading).toContain(squeeze(heading));
				expect(doc).toContain(snapshot.processing.name);
				expect(doc).toContain(snapshot.organisation.name);
				// the fingerprint of the frozen version closes both reports, as in the PDF
				expect(doc).toContain(snapshotFingerprint(snapshot));
				if (kind === 'gmr') for (const section of gmrTexts(lang).sections) expect(doc).toContain(squeeze(section));
			});

	it('writes the risks, the measures and both heat maps of the full dossier as tables', () => {
		const t = reportTexts('nl');
		const doc = text['full-nl'];
		for (const risk of snapshot.risks) expect(doc).toContain(squeeze(risk.title).slice(0, 40));
		for (const measure of snapshot.measures) expect(doc).toContain(squeeze(measure.title).slice(0, 40));
		expect(doc).toContain(t.risks.heatmapInherent);
		expect(doc).toContain(t.risks.heatmapResidual);
		// the map's axis is spelled out under it, and its cells name their level in words
		expect(doc).toContain(`${t.risks.likelihoodAxis} →`);
		expect(doc).toMatch(/Zeer hoog.*Zeer hoog/);
	});

	it('speaks the language asked for', () => {
		expect(text['full-en']).toContain(reportTexts('en').parts.C);
		expect(text['full-en']).not.toContain(reportTexts('nl').parts.C);
		expect(text['gmr-nl']).toContain(gmrTexts('nl').title);
		expect(text['gmr-nl']).not.toContain(gmrTexts('en').title);
	});

	it('is offered for download through the report pool, with a .docx name', async () => {
		const result = await exportReport(database.db, { organisationId: assessment.organisationId, role: 'gmr' }, assessment.id, { report: 'gmr', lang: 'nl', format: 'docx' });
		expect(result.fileName).toMatch(/^DPIA-.*-v1-GMR-\d{4}-\d{2}-\d{2}\.docx$/);
		// a Word file is a zip archive
		expect(result.pdf.subarray(0, 2).toString()).toBe('PK');
	}, 120_000);
});

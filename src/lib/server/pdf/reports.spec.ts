import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVisible, questionById, sections, type Question } from '$lib/domain/questionnaire/api';
import { criteriaStartingPoint } from '$lib/domain/questionnaire/criteria-reasons';
import { RISK_CATALOGUE } from '$lib/domain/risk';
import type { Database } from '../db';
import { signedReports } from '../db/schema';
import * as workflowRepo from '../repo/workflow';
import { exportReport, versionReports } from '../services/report-export';
import { createTestDatabase } from '../testing/db';
import { renderReport, reportSnapshotOf, sha256Hex, snapshotFingerprint, type ReportSnapshot } from '.';
import { answersOf } from './data/derive';
import { REPORT_ANSWERS } from './testing/report-answers';
import { reportFixture } from './testing/report-fixture';
import { hasWatermark, pdfPageCount, pdfText } from './testing/pdf-text';
import { reportTexts } from './texts';

const NL = reportTexts('nl');
const EN = reportTexts('en');

/** Every plain string of a texts dictionary (nested), to check which language a report speaks. */
function leaves(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(leaves);
	if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
	return [];
}

/** Fixed texts of one language that the other language words differently, long enough to be telling. */
function ownWording(own: unknown, other: unknown, labels: { nl: string; en: string }[], lang: 'nl' | 'en'): string[] {
	const foreign = new Set(leaves(other));
	const fromDictionary = leaves(own).filter((s) => !foreign.has(s));
	const fromCatalogue = labels.filter((l) => l.nl !== l.en).map((l) => l[lang]);
	return [...fromDictionary, ...fromCatalogue].filter((s) => s.length >= 12 && !/^[A-Z0-9 .()-]+$/.test(s));
}

const QUESTION_LABELS = sections.flatMap((s) => [s.title, ...s.questions.map((q) => q.label)]);

describe('PDF reports of a signed-off DPIA', () => {
	let database: Database;
	let snapshot: ReportSnapshot;
	let app: Awaited<ReturnType<typeof versionReports>>;
	let ids: { organisationId: string; assessmentId: string; versionId: string };
	let stored: { fullReportSha256: string | null; gmrReportSha256: string | null; fullReportSha256En: string | null; gmrReportSha256En: string | null; snapshot: unknown };
	const pdfs = {} as Record<'full' | 'gmr', Record<'nl' | 'en', Buffer>>;
	const texts = {} as Record<'full' | 'gmr', Record<'nl' | 'en', string>>;

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await reportFixture(database.db, { risks: 8, measures: 16 });
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		stored = version;
		ids = { organisationId: fx.organisation.id, assessmentId: fx.assessment.id, versionId: version.id };
		snapshot = await reportSnapshotOf(database.db, version.id);
		app = await versionReports(database.db, fx.organisation.id, fx.assessment.id);
		for (const kind of ['full', 'gmr'] as const) {
			pdfs[kind] = { nl: await renderReport(kind, snapshot, 'nl'), en: await renderReport(kind, snapshot, 'en') };
			texts[kind] = { nl: await pdfText(pdfs[kind].nl), en: await pdfText(pdfs[kind].en) };
		}
	}, 180_000); // sign-off renders all four reports, then each is rendered again here
	afterAll(async () => {
		await database.close();
	});

	it('renders from the snapshot stored at sign-off, byte for byte what was hashed then', async () => {
		expect(snapshot.signedOff).not.toBeNull();
		expect(stored.snapshot).toEqual(snapshot);
		expect(sha256Hex(pdfs.full.nl)).toBe(stored.fullReportSha256);
		expect(sha256Hex(pdfs.gmr.nl)).toBe(stored.gmrReportSha256);
		// the English editions are recorded the same way, so a reader in English can check their file too
		expect(sha256Hex(pdfs.full.en)).toBe(stored.fullReportSha256En);
		expect(sha256Hex(pdfs.gmr.en)).toBe(stored.gmrReportSha256En);
		expect(stored.fullReportSha256En).not.toBe(stored.fullReportSha256);
		// and a second render is identical, whatever the clock says by then
		const again = await renderReport('full', snapshot, 'nl', new Date('2031-01-01T12:00:00Z'));
		expect(again.equals(pdfs.full.nl)).toBe(true);
		expect(pdfs.full.nl.subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('keeps the four signed files, and a download of the version is the kept file, not a new render', async () => {
		const kept = await database.db.select().from(signedReports).where(eq(signedReports.versionId, ids.versionId));
		expect(kept.map((r) => `${r.report}/${r.lang}`).sort()).toEqual(['full/en', 'full/nl', 'gmr/en', 'gmr/nl']);
		for (const row of kept) {
			expect(sha256Hex(row.pdf)).toBe(row.sha256);
			expect(row.pdf.equals(pdfs[row.report as 'full' | 'gmr'][row.lang as 'nl' | 'en'])).toBe(true);
		}
		const reader = { organisationId: ids.organisationId, role: 'admin' as const };
		const download = await exportReport(database.db, reader, ids.assessmentId, { report: 'full', lang: 'nl' });
		expect(download.frozen).toBe(true);
		expect(sha256Hex(download.pdf)).toBe(stored.fullReportSha256);
		// a kept file that a renderer would no longer produce is still what the reader gets
		const other = pdfs.gmr.en;
		const where = and(eq(signedReports.versionId, ids.versionId), eq(signedReports.report, 'full'), eq(signedReports.lang, 'nl'));
		await database.db.update(signedReports).set({ pdf: other }).where(where);
		try {
			expect((await exportReport(database.db, reader, ids.assessmentId, { report: 'full', lang: 'nl' })).pdf.equals(other)).toBe(true);
		} finally {
			await database.db.update(signedReports).set({ pdf: pdfs.full.nl }).where(where);
		}
	});

	it('prints the content fingerprint on the last page of both reports, the one the app shows', async () => {
		const fingerprint = snapshotFingerprint(stored.snapshot);
		expect(app[0]).toMatchObject({
			number: 1,
			fingerprint,
			fullReportSha256: sha256Hex(pdfs.full.nl),
			gmrReportSha256: sha256Hex(pdfs.gmr.nl),
			fullReportSha256En: sha256Hex(pdfs.full.en),
			gmrReportSha256En: sha256Hex(pdfs.gmr.en)
		});
		for (const kind of ['full', 'gmr'] as const) {
			const pages = await pdfPageCount(pdfs[kind].nl);
			expect(await pdfText(pdfs[kind].nl, { first: pages, last: pages })).toContain(fingerprint);
			expect(await hasWatermark(pdfs[kind].nl, 'CONCEPT')).toBe(false);
		}
	});

	it('shows every answered question with its answer, leaving out conditional questions that were not asked', () => {
		const text = texts.full.nl;
		const answers = answersOf(snapshot);
		// §18 is the management summary, printed as such at the front
		const asked = Object.entries(REPORT_ANSWERS).flatMap(([id, section]) => (Array.isArray(section.items) || id === '18' ? [] : Object.keys(section).map((q) => [id, q] as const)));
		for (const [, id] of asked) {
			const question = questionById(id)!;
			expect(text, id).toContain(`${id} ${question.label.nl}`);
			const answer = answers[id];
			if (typeof answer === 'string' && (question.type === 'TXT' || question.type === 'LONG')) expect(text, id).toContain(answer.replace(/\s+/g, ' '));
		}
		// list sections: every item's typed text as well (§3 as blocks, §2 and §6 as tables)
		for (const sectionId of ['2', '3', '6']) {
			for (const item of REPORT_ANSWERS[sectionId]!.items as { answers: Record<string, unknown> }[]) {
				for (const value of Object.values(item.answers)) if (typeof value === 'string' && value.includes(' ')) expect(text).toContain(value);
			}
		}
		const notAsked = sections.flatMap((s) => s.questions).filter((q: Question) => q.requirement === 'conditional' && !inList(q) && !isVisible(q, answers));
		expect(notAsked.map((q) => q.id)).toEqual(expect.arrayContaining(['8.2', '8.4', '11.3', '11.4', '13.2']));
		for (const q of notAsked) expect(text, q.id).not.toContain(`${q.id} ${q.label.nl}`);
		expect(text).toContain(`Managementsamenvatting ${String(answers['18.1'])}`);
		expect(text).toContain('Overdraagbaarheid: n.v.t.');
		expect(text).toContain('Overdraagbaarheid geldt niet bij een taak van algemeen belang');
	});

	it('lists the data items and parties as tables, special data included', () => {
		const text = texts.full.nl;
		for (const label of ['Medische gegevens', 'Bijzonder persoonsgegeven (art. 9 AVG)', 'Snappet BV', 'Verwerker', 'Het schoolbestuur']) expect(text).toContain(label);
	});

	it('names every risk with both levels, every measure with owner and deadline, and the decisions', () => {
		const text = texts.full.nl;
		for (const risk of snapshot.risks) expect(text).toContain(risk.title);
		for (const measure of snapshot.measures) expect(text).toContain(measure.title.replace(/\s+/g, ' '));
		expect(text).toContain('Risicokaart');
		expect(text).toContain('Vóór maatregelen');
		expect(text).toContain('15 januari 2027');
		expect(text).toContain('ICT-coördinator');
		expect(text).toContain('Positief onder voorwaarden');
		expect(text).toContain('Doorgaan onder voorwaarden');
		expect(text).toContain('Het bestuur aanvaardt het restrisico van etikettering');
		expect(text).toContain('AP-15');
		expect(text).toContain('Gedeeld op 20 november 2026');
		expect(text).toContain('18 november 2029');
		expect(text).toMatch(/Pagina 1 van \d+/);
	});

	it('lists the documents attached to the questions with their SHA-256, in both languages; none, no list', async () => {
		expect(snapshot.documents).toEqual([]);
		expect(texts.full.nl).not.toContain('Bijgevoegde documenten');
		const sha256 = 'ab12'.repeat(16);
		const withDocument: ReportSnapshot = { ...snapshot, documents: [{ questionId: '8.4', fileName: 'dtia-snappet.pdf', sha256, size: 48_213, addedOn: '2026-11-02' }] };
		const nl = await pdfText(await renderReport('full', withDocument, 'nl'));
		for (const part of ['Bijgevoegde documenten', 'dtia-snappet.pdf', '2 november 2026', 'ab12ab12ab12ab12']) expect(nl).toContain(part);
		// the hash is printed whole, in four groups of 16
		expect(nl.replace(/\s+/g, '')).toContain(sha256);
		const en = await pdfText(await renderReport('full', withDocument, 'en'));
		for (const part of ['Attached documents', 'dtia-snappet.pdf', '2 November 2026']) expect(en).toContain(part);
	});

	it('speaks one language: no English in the Dutch reports and no Dutch in the English ones', () => {
		// what the school typed is Dutch in both editions; only the report's own wording must switch
		const typed = JSON.stringify(snapshot);
		const english = ownWording(EN, NL, QUESTION_LABELS, 'en').filter((s) => !typed.includes(s));
		const dutch = ownWording(NL, EN, QUESTION_LABELS, 'nl').filter((s) => !typed.includes(s));
		expect(english.length).toBeGreaterThan(50);
		// a name stays a name in English: the regulator is the Autoriteit Persoonsgegevens
		const withoutNames = (text: string) => text.replaceAll('Autoriteit Persoonsgegevens', '');
		for (const kind of ['full', 'gmr'] as const) {
			expect(english.filter((s) => texts[kind].nl.includes(s.replace(/\s+/g, ' ')))).toEqual([]);
			expect(dutch.filter((s) => withoutNames(texts[kind].en).includes(s.replace(/\s+/g, ' ')))).toEqual([]);
		}
		expect(texts.full.en).toContain('Part A – Description of the processing');
		expect(texts.full.en).toMatch(/Page 1 of \d+/);
	});

	it('numbers risks R1, R2 … as the app does, names the catalogue id as a source, and prints no residual level nobody chose', async () => {
		// risk 2 from the catalogue, risk 1 without a residual assessment: the top of the (G)MR table as well
		const changed: ReportSnapshot = {
			...snapshot,
			risks: snapshot.risks.map((r, i) => (i === 0 ? { ...r, residualSeverity: null, residualLikelihood: null } : i === 1 ? { ...r, catalogueId: 'R03' } : r))
		};
		for (const locale of ['nl', 'en'] as const) {
			const full = await pdfText(await renderReport('full', changed, locale));
			const gmr = await pdfText(await renderReport('gmr', changed, locale));
			const notAssessed = locale === 'nl' ? 'Nog niet beoordeeld' : 'Not yet assessed';
			expect(full).toContain(`R2 ${changed.risks[1]!.title}`);
			expect(full).toContain(locale === 'nl' ? 'catalogus R03' : 'catalogue R03');
			expect(full).not.toMatch(/\bR0\d\b(?<!catalog(us|ue) R0\d)/);
			expect(full).toContain(`${notAssessed} *`);
			expect(gmr).toContain(`R1 ${changed.risks[0]!.title}`);
			expect(gmr).toContain(notAssessed);
		}
	});

	it('prints catalogue risks and measures in the report\u2019s language until a person edited their text', async () => {
		// risk 1 (the highest, so in the (G)MR's top five) added from the catalogue in Dutch, risk 2 from the catalogue but reworded; measure 1 a catalogue mitigation added in English
		const entry = RISK_CATALOGUE.find((r) => r.id === 'R03')!;
		const mitigation = entry.mitigations[0]!.label;
		const changed: ReportSnapshot = {
			...snapshot,
			risks: snapshot.risks.map((r, i) => (i === 0 ? { ...r, catalogueId: 'R03', title: entry.label.nl, severity: 4, likelihood: 4 } : i === 1 ? { ...r, catalogueId: 'R03', title: 'Eigen woorden van de school' } : r)),
			measures: snapshot.measures.map((m, i) => (i === 0 ? { ...m, title: mitigation.en } : m))
		};
		for (const locale of ['nl', 'en'] as const) {
			const other = locale === 'nl' ? 'en' : 'nl';
			for (const kind of ['full', 'gmr'] as const) {
				const text = (await pdfText(await renderReport(kind, changed, locale))).replace(/\s+/g, ' ');
				expect(text, `${kind} ${locale}`).toContain(`R1 ${entry.label[locale]}`);
				expect(text, `${kind} ${locale}`).not.toContain(`R1 ${entry.label[other]}`);
				expect(text, `${kind} ${locale}`).toContain('Eigen woorden van de school');
				expect(text, `${kind} ${locale}`).toContain(mitigation[locale]);
				expect(text, `${kind} ${locale}`).not.toContain(mitigation[other]);
			}
		}
	});

	it('does not print the criteria offered as a starting point as the reasoning of 0.6', async () => {
		const bare = { value: 'mandatory', detail: criteriaStartingPoint(['AP-15', 'C1'], 'nl') };
		const changed: ReportSnapshot = { ...snapshot, answers: { ...snapshot.answers, '0': { ...snapshot.answers['0'], '0.6': bare } } };
		const full = await pdfText(await renderReport('full', changed, 'nl'));
		expect(texts.full.nl).toContain('Motivering per criterium');
		expect(full).not.toContain('Motivering per criterium');
	});

	it('keeps the (G)MR report to 4–6 pages of plain language, without security details', async () => {
		const pages = await pdfPageCount(pdfs.gmr.nl);
		expect(pages).toBeGreaterThanOrEqual(4);
		expect(pages).toBeLessThanOrEqual(6);
		const text = texts.gmr.nl;
		for (let i = 1; i <= 12; i++) expect(text).toContain(`${i}. `);
		expect(text).toContain('Wat vragen we van de (G)MR?');
		expect(text).toContain('Is een leerling jonger dan 16 jaar? Dan beslissen de ouders');
		// measure descriptions and the DTIA may hold security detail; the council gets titles only
		expect(text).not.toContain('jaarlijks gecontroleerd door de IBP-coördinator');
		expect(text).not.toContain('Aanvullende maatregelen');
		expect(text).toContain('Er zijn nog 3 kleinere risico');
		const catalogueTitles = RISK_CATALOGUE.slice(0, 8).map((r) => r.label.nl);
		expect(catalogueTitles.filter((t) => text.includes(t))).toHaveLength(5);
	});
});

/** Questions of a list section (§2, §3, §6) are asked per item; the report shows those as tables or blocks. */
function inList(q: Question): boolean {
	return sections.find((s) => s.id === q.sectionId)?.repeatable ?? false;
}

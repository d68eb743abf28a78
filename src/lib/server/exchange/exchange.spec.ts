import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { parsePrescanInput, prescan } from '$lib/domain/prescan';
import { assessments, boardDecisions, organisations, fgAdvice, gmrShares, prescans, processingSchools, schools, transitions } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { loadVersionData } from '../services/version-data';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { exportById, importFromFile } from './commands';
import { exportAssessment } from './export';
import { exportSchema, type DpiaExport } from './format';
import { ImportRefused, importAssessment, parseExportText } from './import';

/** Ids differ after an import by design; everything else must survive. */
function normalise(doc: DpiaExport) {
	const { exportedAt: _e, processing, assessment, prescans: scans, versions } = doc;
	return {
		processing: { ...processing, id: null },
		assessment: { ...assessment, id: null },
		prescans: scans.map((p) => ({ ...p, id: null })),
		versions: versions.map((v) => {
			const riskIndex = new Map(v.risks.map((r, i) => [r.id, i]));
			return {
				...v,
				id: null,
				risks: v.risks.map((r) => ({ ...r, id: null })),
				measures: v.measures.map((m) => ({ ...m, id: null, riskIds: m.riskIds.map((id) => riskIndex.get(id)).sort() }))
			};
		})
	};
}

describe('DPIA export and import', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;

	beforeAll(async () => {
		database = await createTestDatabase();
		const db = database.db;
		fx = await lifecycleFixture(db);
		const { version, people, processing, organisation } = fx;
		const [linde] = await db.select().from(schools).where(eq(schools.name, 'OBS De Linde'));
		await db.insert(processingSchools).values({ processingId: processing.id, schoolId: linde!.id });
		const parsed = parsePrescanInput({ subjects: ['leerling_lt16'], criteria: ['C1'] });
		if (!parsed.ok) throw new Error('fixture input');
		const input = parsed.input;
		await db.insert(prescans).values({ organisationId: organisation.id, processingId: processing.id, input, result: prescan(input), outcome: 'mandatory', createdBy: people.editor.id });
		const r1 = await riskRepo.create(db, version.id, { catalogueId: 'R03', title: 'Etikettering', fearedEvent: 'other_harm', severity: 3, likelihood: 3, residualSeverity: 2, residualLikelihood: 2 });
		const r2 = await riskRepo.create(db, version.id, { title: 'Eigen risico', fearedEvent: 'unauthorised_access', severity: 2, likelihood: 1, accepted: true, acceptanceReason: 'Klein', discrimination: true });
		await measureRepo.create(db, version.id, { title: 'Uitleg aan ouders', type: 'organisational', owner: 'Directeur', dueOn: '2026-09-01' }, [r1.id, r2.id]);
		await db.insert(fgAdvice).values({ versionId: version.id, verdict: 'positive_with_conditions', text: 'Let op', advisedOn: '2026-03-01', userId: people.fg.id });
		await db.insert(boardDecisions).values({ versionId: version.id, decision: 'proceed', motivation: 'Nodig', residualRiskAcceptance: 'Aanvaard', decidedOn: '2026-03-10', userId: people.bestuur.id });
		await db.insert(gmrShares).values({ versionId: version.id, sharedOn: '2026-03-11', sharedBy: people.editor.id, responseKind: 'views', responseText: 'Prima', respondedOn: '2026-03-20', respondedBy: people.gmr.id });
		await db.insert(transitions).values({ versionId: version.id, action: 'submit', fromStatus: 'concept', toStatus: 'fg_review', userId: people.editor.id, snapshot: await loadVersionData(db, version.id) });
	});
	afterAll(async () => {
		await database.close();
	});

	it('exports a document that satisfies the format', async () => {
		const doc = await exportAssessment(database.db, fx.organisation.id, fx.assessment.id);
		expect(doc).not.toBeNull();
		expect(exportSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
		expect(doc!.formatVersion).toBe(1);
		expect(doc!.versions[0]!.measures[0]!.riskIds).toHaveLength(2);
		expect(doc!.versions[0]!.gmrShares[0]!.respondedBy).toBe(fx.people.gmr.email);
	});

	it('does not export another organisation’s DPIA', async () => {
		const other = await lifecycleFixture(database.db, 'stichting-zuid');
		expect(await exportAssessment(database.db, other.organisation.id, fx.assessment.id)).toBeNull();
	});

	it('round-trips import → export without loss apart from ids', async () => {
		const original = (await exportAssessment(database.db, fx.organisation.id, fx.assessment.id))!;
		const text = JSON.stringify(original);
		const result = await importAssessment(database.db, fx.organisation.id, parseExportText(text), { userId: fx.people.admin.id, label: 'admin' }, { copy: true });
		expect(result.assessmentId).not.toBe(fx.assessment.id);
		expect(result.warnings).toEqual([]);
		const again = (await exportAssessment(database.db, fx.organisation.id, result.assessmentId))!;
		expect(normalise(again)).toEqual(normalise(original));
	});

	it('refuses a broken document with reasons and imports nothing', async () => {
		const original = (await exportAssessment(database.db, fx.organisation.id, fx.assessment.id))!;
		const before = (await database.db.select({ n: count() }).from(assessments))[0]!.n;
		const broken = structuredClone(original) as unknown as { versions: { risks: { severity: number }[] }[] };
		broken.versions[0]!.risks[0]!.severity = 7;
		expect(() => parseExportText(JSON.stringify(broken))).toThrowError(ImportRefused);
		try {
			parseExportText(JSON.stringify(broken));
		} catch (error) {
			expect((error as ImportRefused).reasons().join()).toMatch(/versions\[0\]\.risks\[0\]\.severity: te groot: ten hoogste 4/);
		}
		expect(() => parseExportText('{not json')).toThrowError(/not valid JSON/);
		expect(() => parseExportText(JSON.stringify({ ...original, formatVersion: 2 }))).toThrowError(/formatVersion 2 is not supported/);

		// Valid by the schema, but fails inside the transaction (a duplicate section): nothing may remain.
		const clash = structuredClone(original);
		clash.versions[0]!.answers.push({ ...clash.versions[0]!.answers[0]! });
		clash.assessment.id = '00000000-0000-4000-8000-000000000001';
		await expect(importAssessment(database.db, fx.organisation.id, clash, { userId: null, label: 'cli' })).rejects.toThrow();
		const after = (await database.db.select({ n: count() }).from(assessments))[0]!.n;
		expect(after).toBe(before);
	});

	it('keeps the committed JSON Schema in sync with the format', () => {
		const committed = JSON.parse(readFileSync(path.resolve('src/lib/server/exchange/dpia-export.schema.json'), 'utf8'));
		const { $schema: _s, $id: _i, title: _t, description: _d, ...rest } = committed;
		const { $schema: _s2, ...generated } = z.toJSONSchema(exportSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
		expect(rest).toEqual(generated);
	});

	it('exports by id and imports from a file for the command line', async () => {
		const text = await exportById(database.db, fx.assessment.id);
		expect(JSON.parse(text!).processing.name).toBe('Snappet');
		expect(await exportById(database.db, '00000000-0000-0000-0000-000000000000')).toBeNull();
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'dpia-')), 'snappet.json');
		writeFileSync(file, text!);
		await database.db.insert(organisations).values({ slug: 'stichting-west', name: 'Stichting West' });
		const result = await importFromFile(database.db, file, 'stichting-west');
		expect(result.warnings).toEqual(['school "OBS De Linde" not found in this organisation']);
		await expect(importFromFile(database.db, file, 'no-such-org')).rejects.toThrowError(/does not exist/);
		await expect(importFromFile(database.db, file + '.missing', 'stichting-noord')).rejects.toThrowError(/ENOENT/);
		// the same file again is this board's DPIA already: refused, naming it, unless a copy is asked for
		await expect(importFromFile(database.db, file, 'stichting-west')).rejects.toThrowError(new RegExp(`already in this organisation: "Snappet" \\(${result.assessmentId}\\)`));
		expect((await importFromFile(database.db, file, 'stichting-west', { copy: true })).assessmentId).not.toBe(result.assessmentId);
	});
});

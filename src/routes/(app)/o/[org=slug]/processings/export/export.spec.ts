import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { parseCsv } from '$lib/domain/spreadsheet';
import type { Database } from '$lib/server/db';
import { dpiaModels, dpiaModelVersions, measures, modelBases, processings } from '$lib/server/db/schema';
import * as workflowRepo from '$lib/server/repo/workflow';
import { reportFixture } from '$lib/server/pdf/testing/report-fixture';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { outcome } from '$lib/server/testing/route-outcome';
import { GET } from './+server';

type Fixture = Awaited<ReturnType<typeof reportFixture>>;

const FORMULA = '=HYPERLINK("http://evil.example","klik")';

/** `people` from another board: someone of that board asking for this board's register */
const fakeEvent = (db: Database['db'], fx: Fixture, role: Role, query: string, people: Fixture['people'] = fx.people) =>
	boardEvent(db, { ...fx, people }, role, `/processings/export?${query}`);

describe('register and measures export', () => {
	let database: Database;
	let noord: Fixture;
	let zuid: Fixture;
	let modelId: string;
	const get = async (role: Role, query: string, fx = noord) => (await GET(fakeEvent(database.db, fx, role, query))) as Response;
	const csv = async (role: Role, query: string, separator: 'semicolon' | 'comma' = 'semicolon') => parseCsv(await (await get(role, query)).text(), separator);

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await reportFixture(database.db, { slug: 'stichting-noord', risks: 2, measures: 3, draftLast: true });
		zuid = await reportFixture(database.db, { slug: 'stichting-zuid', risks: 1, measures: 2, draftLast: true });
		await database.db.insert(processings).values([
			{ organisationId: noord.organisation.id, name: FORMULA, vendor: '+31 20 123' },
			{ organisationId: noord.organisation.id, name: 'Leerlingvolgsysteem; "Parnassys"', vendor: 'Topicus' },
			{ organisationId: zuid.organisation.id, name: 'Geheim van zuid', vendor: 'Zuid BV' }
		]);
		const [first] = await database.db.select().from(measures).where(eq(measures.owner, measures.owner)).limit(1);
		await database.db.update(measures).set({ owner: '@ICT-coördinator' }).where(eq(measures.id, first!.id));
		// Snappet's DPIA builds on version 2 of a sector model
		const organisationId = noord.organisation.id;
		const [model] = await database.db.insert(dpiaModels).values({ organisationId, publisher: 'SIVON', system: 'Snappet' }).returning();
		modelId = model!.id;
		const [modelVersion] = await database.db.insert(dpiaModelVersions).values({ modelId: model!.id, organisationId, version: 2, modelDate: '2026-09-01', document: {}, sha256: 'x' }).returning();
		const { version } = (await workflowRepo.currentOf(database.db, organisationId, noord.assessment.id))!;
		await database.db.insert(modelBases).values({ versionId: version.id, modelVersionId: modelVersion!.id });
	}, 120_000);
	afterAll(async () => {
		await database.close();
	});

	it('writes the whole register as UTF-8 CSV with a BOM and ";", the formula-looking name as text', async () => {
		const response = await get('viewer', 'list=register&format=csv');
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="register-stichting-noord-\d{4}-\d{2}-\d{2}\.csv"$/);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
		expect(header).toEqual(['Verwerking', 'Leverancier', 'Model-DPIA', 'Scholen', 'Pre-scan', 'DPIA', 'Hoogste restrisico', 'Herbeoordeling uiterlijk', 'Besluit bestuur', 'Maatregelen over tijd', 'Gearchiveerd']);
		const names = rows.map((r) => r[0]);
		expect(names).toEqual(expect.arrayContaining([`'${FORMULA}`, 'Leerlingvolgsysteem; "Parnassys"', 'Snappet']));
		expect(rows.find((r) => r[0] === `'${FORMULA}`)?.[1]).toBe("'+31 20 123");
		// the model DPIA a DPIA builds on, as the register page names it; empty for the others
		expect(rows.find((r) => r[0] === 'Snappet')?.[2]).toBe('Snappet (SIVON), versie 2');
		expect(rows.find((r) => r[0] === `'${FORMULA}`)?.[2]).toBe('');
		// never another board's processing
		expect(names).not.toContain('Geheim van zuid');
		expect(rows.every((r) => r.length === header!.length)).toBe(true);
	});

	it('applies the register page’s filters and the comma separator', async () => {
		const rows = await csv('viewer', 'list=register&format=csv&sep=comma&q=leerling', 'comma');
		expect(rows.slice(1).map((r) => r[0])).toEqual(['Leerlingvolgsysteem; "Parnassys"']);
		const withDpia = await csv('viewer', 'list=register&status=concept');
		expect(withDpia.slice(1).map((r) => r[0])).toEqual(['Snappet']);
		const onModel = await csv('viewer', `list=register&model=${modelId}`);
		expect(onModel.slice(1).map((r) => r[0])).toEqual(['Snappet']);
	});

	it('lists every measure of the board with owner, due date and status, numbered as in the app', async () => {
		const [header, ...rows] = await csv('fg', 'list=measures&format=csv');
		expect(header).toEqual(['Verwerking', 'Nr.', 'Maatregel', 'Soort', 'Eigenaar', 'Uiterlijk klaar', 'Status', 'Over tijd']);
		expect(rows).toHaveLength(3);
		expect(rows.map((r) => r[1])).toEqual(['M1', 'M2', 'M3']);
		expect(rows.every((r) => r[0] === 'Snappet' && /^\d{4}-\d{2}-\d{2}$|^$/.test(r[5]!) && ['Gepland', 'In uitvoering', 'Uitgevoerd'].includes(r[6]!))).toBe(true);
		expect(rows.map((r) => r[4])).toContain("'@ICT-coördinator");
	});

	it('writes an Excel workbook whose cells are text, never formulas', async () => {
		const response = await get('viewer', 'list=register&format=xlsx');
		expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await response.arrayBuffer());
		const sheet = book.worksheets[0]!;
		expect(sheet.name).toBe('Register');
		expect(sheet.getRow(1).getCell(1).value).toBe('Verwerking');
		const cells = sheet.getColumn(1).values.slice(2);
		expect(cells).toContain(FORMULA);
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				expect(cell.type).toBe(ExcelJS.ValueType.String);
				expect(cell.formula).toBeUndefined();
			})
		);
		expect(cells).not.toContain('Geheim van zuid');
		const measuresBook = new ExcelJS.Workbook();
		await measuresBook.xlsx.load(await (await get('viewer', 'list=measures&format=xlsx')).arrayBuffer());
		expect(measuresBook.worksheets[0]!.rowCount).toBe(4);
	});

	it('refuses the (G)MR, another board and a bad format', async () => {
		expect(await outcome(() => get('gmr', 'list=register'))).toEqual({ status: 403 });
		expect(await outcome(() => GET(fakeEvent(database.db, noord, 'admin', 'list=measures', zuid.people)))).toEqual({ status: 404 });
		expect(await outcome(() => get('viewer', 'format=pdf'))).toEqual({ status: 400 });
	});
});

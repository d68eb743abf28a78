import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { auditLog, processings } from '../db/schema';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { exportAssessment } from '../exchange/export';
import { importAssessment } from '../exchange/import';
import { createProcessing } from './register';
import { NotFound } from './scope';
import { expiringEvidence, supplierFlagsOf, supplierList, supplierPage } from './supplier-view';
import * as suppliers from './suppliers';

const FACTS = {
	name: 'Leerplatform BV',
	kvkNumber: '12345678',
	privacyContact: 'privacy@leerplatform.test',
	convenantParty: true,
	convenantSince: '2019-05-01',
	agreementModel: 'convenant_4',
	agreementSignedOn: '2024-08-01',
	agreementValidUntil: '2027-01-05',
	privacyAnnex: true,
	storageCountry: 'NL'
};

describe('supplier register', () => {
	let database: Database;
	let noord: Awaited<ReturnType<typeof lifecycleFixture>>;
	let zuid: Awaited<ReturnType<typeof lifecycleFixture>>;
	const scopeOf = (fx: typeof noord) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Eva' } });
	const trail = (entity: string, entityId: string) => database.db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId))).orderBy(auditLog.id);

	beforeAll(async () => {
		database = await createTestDatabase();
		noord = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('a supplier named for a new processing is the board\u2019s record of that name, whatever its case', async () => {
		const input = { description: '', schoolIds: [] };
		const first = await createProcessing(database.db, scopeOf(noord), { ...input, name: 'Rekenen', vendor: 'Reken BV ' });
		const second = await createProcessing(database.db, scopeOf(noord), { ...input, name: 'Toetsen', vendor: 'reken bv' });
		const other = await createProcessing(database.db, scopeOf(zuid), { ...input, name: 'Rekenen', vendor: 'Reken BV' });
		expect(first.supplierId).not.toBeNull();
		expect(second.supplierId).toBe(first.supplierId);
		expect(second.vendor).toBe('Reken BV');
		expect(other.supplierId).not.toBe(first.supplierId);
		expect((await trail('supplier', first.supplierId!)).map((e) => e.action)).toEqual(['create']);
		// the list counts the processings in use that rely on each supplier, per board
		const countOf = async (fx: typeof noord) => (await supplierList(database.db, scopeOf(fx), '2026-12-06')).find((r) => r.supplier.id === (fx === noord ? first : other).supplierId)?.processings;
		expect(await countOf(noord)).toBe(2);
		expect(await countOf(zuid)).toBe(1);
		await database.db.update(processings).set({ archivedAt: new Date() }).where(eq(processings.id, second.id));
		expect(await countOf(noord)).toBe(1);
	});

	it('an imported DPIA\u2019s supplier is the receiving board\u2019s record of that name', async () => {
		const doc = (await exportAssessment(database.db, noord.organisation.id, noord.assessment.id))!;
		const board = await lifecycleFixture(database.db, 'stichting-import');
		const imported = await importAssessment(database.db, board.organisation.id, JSON.parse(JSON.stringify(doc)), { userId: null, label: 'test' });
		const [row] = await database.db.select().from(processings).where(eq(processings.id, imported.processingId));
		const [theirs] = await database.db.select().from(processings).where(eq(processings.id, board.processing.id));
		expect(row!.vendor).toBe(doc.processing.vendor);
		expect(row!.supplierId).not.toBeNull();
		expect((await supplierPage(database.db, scopeOf(board), row!.supplierId!, '2026-12-06')).supplier.name).toBe(doc.processing.vendor);
		expect(theirs!.supplierId).toBeNull();
	});

	it('processings naming the same new supplier at once all save, linked to one record', async () => {
		const input = { description: '', schoolIds: [] };
		const made = await Promise.all(Array.from({ length: 8 }, (_, i) => createProcessing(database.db, scopeOf(noord), { ...input, name: `Gelijktijdig ${i}`, vendor: 'Tegelijk BV' })));
		expect(new Set(made.map((p) => p.supplierId)).size).toBe(1);
		expect(made[0]!.supplierId).not.toBeNull();
		expect((await trail('supplier', made[0]!.supplierId!)).map((e) => e.action)).toEqual(['create']);
	});

	it('creates a supplier once per name, audited; a second one of that name is refused', async () => {
		const created = await suppliers.createSupplier(database.db, scopeOf(noord), FACTS);
		expect(created.subProcessors).toEqual([]);
		await expect(suppliers.createSupplier(database.db, scopeOf(noord), { ...FACTS, name: 'LEERPLATFORM bv' })).rejects.toBeInstanceOf(suppliers.SupplierError);
		const entries = await trail('supplier', created.id);
		expect(entries.map((e) => e.action)).toEqual(['create']);
		expect(entries[0]!.after).toMatchObject({ name: 'Leerplatform BV', agreementModel: 'convenant_4' });
	});

	it('a change of sub-processors marks the DPIAs that rely on the supplier, and raises the DTIA flag with its reason', async () => {
		const supplier = await suppliers.createSupplier(database.db, scopeOf(noord), { ...FACTS, name: 'Cloud Leren BV' });
		await suppliers.linkProcessing(database.db, scopeOf(noord), noord.processing.id, supplier.id);
		expect(await supplierFlagsOf(database.db, scopeOf(noord), supplier.id)).toMatchObject({ dtia: [] });

		// a certification is no change of where the data lives
		await suppliers.addCertification(database.db, scopeOf(noord), supplier.id, { kind: 'iso27001', note: '', validUntil: '2027-01-01' });
		let [row] = await database.db.select().from(processings).where(eq(processings.id, noord.processing.id));
		expect(row!.supplierChange).toBeNull();

		const changes = await suppliers.addSubProcessor(database.db, scopeOf(noord), supplier.id, { name: 'US Cloud Inc', country: 'US', activity: 'hosting', mechanism: 'SCC' });
		expect(changes).toEqual([{ kind: 'sub_processor_added', party: 'US Cloud Inc', country: 'US' }]);
		[row] = await database.db.select().from(processings).where(eq(processings.id, noord.processing.id));
		expect(row!.supplierChange?.changes).toEqual(changes);
		const flags = await supplierFlagsOf(database.db, scopeOf(noord), supplier.id);
		expect(flags?.dtia.map((r) => r.nl)).toEqual(['US Cloud Inc (US) valt alleen onder het adequaatheidsbesluit als aan de voorwaarde ervan is voldaan, en dat is niet bevestigd.']);
		const marked = await trail('processing', noord.processing.id);
		expect(marked.at(-1)).toMatchObject({ action: 'review_needed', subjectId: noord.processing.id });

		await suppliers.removeSubProcessor(database.db, scopeOf(noord), supplier.id, 0);
		expect((await supplierFlagsOf(database.db, scopeOf(noord), supplier.id))?.dtia).toEqual([]);
	});

	it('an unchanged save changes and audits nothing; a rename follows into the processings\u2019 report name', async () => {
		const supplier = await suppliers.createSupplier(database.db, scopeOf(noord), { ...FACTS, name: 'Oude Naam BV' });
		await suppliers.linkProcessing(database.db, scopeOf(noord), noord.processing.id, supplier.id);
		const before = (await trail('supplier', supplier.id)).length;
		expect(await suppliers.updateSupplier(database.db, scopeOf(noord), supplier.id, { ...FACTS, name: 'Oude Naam BV' })).toEqual([]);
		expect((await trail('supplier', supplier.id)).length).toBe(before);

		await suppliers.updateSupplier(database.db, scopeOf(noord), supplier.id, { ...FACTS, name: 'Nieuwe Naam BV' });
		const [row] = await database.db.select().from(processings).where(eq(processings.id, noord.processing.id));
		expect(row!.vendor).toBe('Nieuwe Naam BV');
		const [update] = (await trail('supplier', supplier.id)).slice(-1);
		expect(update).toMatchObject({ action: 'update', before: { name: 'Oude Naam BV' }, after: { name: 'Nieuwe Naam BV' } });
	});

	it('keeps boards apart: another board\u2019s supplier is not found, and cannot be linked', async () => {
		const theirs = await suppliers.createSupplier(database.db, scopeOf(zuid), { ...FACTS, name: 'Alleen Zuid BV' });
		await expect(supplierPage(database.db, scopeOf(noord), theirs.id, '2026-12-06')).rejects.toBeInstanceOf(NotFound);
		await expect(suppliers.updateSupplier(database.db, scopeOf(noord), theirs.id, FACTS)).rejects.toBeInstanceOf(NotFound);
		await expect(suppliers.linkProcessing(database.db, scopeOf(noord), noord.processing.id, theirs.id)).rejects.toBeInstanceOf(NotFound);
	});

	it('lists agreements and certifications that end within 90 days or have ended, soonest first', async () => {
		const board = await lifecycleFixture(database.db, 'stichting-west');
		const soon = await suppliers.createSupplier(database.db, scopeOf(board), { ...FACTS, name: 'Bijna Verlopen BV', agreementValidUntil: '2027-01-05' });
		await suppliers.createSupplier(database.db, scopeOf(board), { ...FACTS, name: 'Ruim Geldig BV', agreementValidUntil: '2028-01-01' });
		await suppliers.addCertification(database.db, scopeOf(board), soon.id, { kind: 'nen7510', note: '', validUntil: '2026-11-30' });
		const due = await expiringEvidence(database.db, scopeOf(board), '2026-12-06');
		expect(due.map((d) => [d.supplier.name, d.what, d.status])).toEqual([
			['Bijna Verlopen BV', 'nen7510', { kind: 'expired', daysAgo: 6 }],
			['Bijna Verlopen BV', 'agreement', { kind: 'expiring', daysLeft: 30 }]
		]);
		await suppliers.setArchived(database.db, scopeOf(board), soon.id, true);
		expect(await expiringEvidence(database.db, scopeOf(board), '2026-12-06')).toEqual([]);
	});
});

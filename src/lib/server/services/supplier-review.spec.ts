import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, assessmentVersions, processings } from '../db/schema';
import { countsByStatus } from '../repo/dashboard';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { saveSection } from './questionnaire';
import { freezeVersion } from './signoff';
import { AssessmentLocked } from './version-lock';
import { supplierForSection, takeOverLocations, takeOverParty } from './supplier-answers';
import * as suppliers from './suppliers';

describe('a supplier change asks for a review until the DPIA is signed again, and the signed version keeps the supplier as it was', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const scope = () => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.admin.id, label: 'Ada' } });
	const shown = async () => Object.fromEntries((await countsByStatus(database.db, fx.organisation.id, '2026-12-06')).map((r) => [r.status, r.n]));

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		await database.db.update(assessments).set({ status: 'in_force', reviewDueOn: '2029-01-01' }).where(eq(assessments.id, fx.assessment.id));
	});
	afterAll(async () => {
		await database.close();
	});

	it('counts as review due on the dashboard after a change of data location, and not after the next sign-off', async () => {
		const supplier = await suppliers.createSupplier(database.db, scope(), { name: 'Cloud BV', kvkNumber: '', privacyContact: '', convenantParty: false, convenantSince: null, agreementModel: 'none', agreementSignedOn: null, agreementValidUntil: null, privacyAnnex: false, storageCountry: 'NL' });
		await suppliers.linkProcessing(database.db, scope(), fx.processing.id, supplier.id);
		expect(await shown()).toEqual({ in_force: 1 });

		await suppliers.updateSupplier(database.db, scope(), supplier.id, { ...supplier, storageCountry: 'US' });
		expect(await shown()).toEqual({ review_due: 1 });

		await database.db.transaction((tx) =>
			freezeVersion(tx, fx.version.id, fx.people.bestuur.id, { snapshot: {} as never, fullReportSha256: 'a'.repeat(64), gmrReportSha256: 'b'.repeat(64), fullReportSha256En: 'c'.repeat(64), gmrReportSha256En: 'd'.repeat(64), reports: [] } as never)
		);
		const [row] = await database.db.select({ change: processings.supplierChange }).from(processings).where(eq(processings.id, fx.processing.id));
		expect(row!.change).toBeNull();
		expect(await shown()).toEqual({ in_force: 1 });

		// the signed version keeps the supplier as it was then; a later edit changes only the live record
		await suppliers.updateSupplier(database.db, scope(), supplier.id, { ...supplier, storageCountry: 'DE' });
		const [version] = await database.db.select({ frozen: assessmentVersions.supplierSnapshot }).from(assessmentVersions).where(eq(assessmentVersions.id, fx.version.id));
		expect(version!.frozen).toMatchObject({ id: supplier.id, name: 'Cloud BV', storageCountry: 'US', documents: [] });
	});

	it('takes the supplier\u2019s locations over into \u00a78 and the supplier as a party into \u00a76 on request, and shows the frozen record once signed', async () => {
		const zuid = await lifecycleFixture(database.db, 'stichting-zuid');
		const zscope = { organisationId: zuid.organisation.id, actor: { userId: zuid.people.editor.id, label: 'Eva' } };
		const supplier = await suppliers.createSupplier(database.db, zscope, { name: 'Wolk BV', kvkNumber: '', privacyContact: '', convenantParty: true, convenantSince: null, agreementModel: 'convenant_4', agreementSignedOn: null, agreementValidUntil: null, privacyAnnex: true, storageCountry: 'NL' });
		await suppliers.addSubProcessor(database.db, zscope, supplier.id, { name: 'Big Cloud Inc', country: 'US', activity: 'hosting', mechanism: 'SCC' });
		await suppliers.linkProcessing(database.db, zscope, zuid.processing.id, supplier.id);
		const saved = await takeOverLocations(database.db, zscope, zuid.assessment.id, 0);
		expect(saved.record).toMatchObject({ '8.1': { value: 'outside_eea', detail: 'US' }, '8.2': 'SCC' });
		const live = await supplierForSection(database.db, zscope, { processingId: zuid.processing.id, frozen: false, supplierSnapshot: null });
		expect(live).toMatchObject({ asSigned: false, supplier: { name: 'Wolk BV' } });
		expect(await supplierForSection(database.db, zscope, { processingId: zuid.processing.id, frozen: true, supplierSnapshot: { name: 'Wolk BV (toen)' } })).toMatchObject({ asSigned: true, supplier: { name: 'Wolk BV (toen)' } });

		// §6: the supplier becomes a processor party with 6.4 from the register; a party already there stays
		const typed = await saveSection(database.db, zscope, zuid.assessment.id, { sectionId: '6', answers: { items: [{ id: 'school', answers: { '6.1': 'De school', '6.2': ['controller'] } }] }, expectedRevision: 0 });
		const parties = await takeOverParty(database.db, zscope, zuid.assessment.id, typed.revision);
		expect(parties.record.items).toEqual([
			{ id: 'school', answers: { '6.1': 'De school', '6.2': ['controller'] } },
			{ id: expect.stringMatching(/^leverancier-/), answers: { '6.1': 'Wolk BV', '6.2': ['processor'], '6.4': 'member_not_signed' } }
		]);

		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, zuid.version.id));
		await expect(takeOverLocations(database.db, zscope, zuid.assessment.id, saved.revision)).rejects.toBeInstanceOf(AssessmentLocked);
		await expect(takeOverParty(database.db, zscope, zuid.assessment.id, parties.revision)).rejects.toBeInstanceOf(AssessmentLocked);
	});
});

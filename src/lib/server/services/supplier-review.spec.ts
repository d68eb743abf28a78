import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { assessments, assessmentVersions, processings } from '../db/schema';
import { countsByStatus } from '../repo/dashboard';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { freezeVersion } from './signoff';
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
			freezeVersion(tx, fx.version.id, fx.people.bestuur.id, { snapshot: {} as never, fullReportSha256: 'a'.repeat(64), gmrReportSha256: 'b'.repeat(64), fullReportSha256En: 'c'.repeat(64), gmrReportSha256En: 'd'.repeat(64) } as never)
		);
		const [row] = await database.db.select({ change: processings.supplierChange }).from(processings).where(eq(processings.id, fx.processing.id));
		expect(row!.change).toBeNull();
		expect(await shown()).toEqual({ in_force: 1 });

		// the signed version keeps the supplier as it was then; a later edit changes only the live record
		await suppliers.updateSupplier(database.db, scope(), supplier.id, { ...supplier, storageCountry: 'DE' });
		const [version] = await database.db.select({ frozen: assessmentVersions.supplierSnapshot }).from(assessmentVersions).where(eq(assessmentVersions.id, fx.version.id));
		expect(version!.frozen).toMatchObject({ id: supplier.id, name: 'Cloud BV', storageCountry: 'US', documents: [] });
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { addCatalogueRisk } from '../services/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import * as riskRepo from './risks';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

// The risk page's one-query read must give what the separate queries give.
describe('risks of the current version', () => {
	let database: Database;
	let fx: Fixture;
	let other: Fixture;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		other = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('gives the version and no risks while there are none', async () => {
		expect(await riskRepo.ofCurrentVersion(database.db, fx.organisation.id, fx.assessment.id)).toEqual({ version: fx.version, risks: [], links: [] });
	});

	it('gives the risks in their order with the measures linked to each', async () => {
		const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'Editor' } };
		for (const catalogueId of ['R03', 'R01']) await addCatalogueRisk(database.db, scope, fx.assessment.id, catalogueId, 'nl');
		const found = await riskRepo.ofCurrentVersion(database.db, fx.organisation.id, fx.assessment.id);
		const risks = await riskRepo.list(database.db, fx.version.id);
		expect(found!.risks).toEqual(risks);
		expect(found!.risks.map((r) => r.catalogueId)).toEqual(['R03', 'R01']);
		const byPair = (a: { measureId: string; riskId: string }, b: typeof a) => `${a.riskId}${a.measureId}`.localeCompare(`${b.riskId}${b.measureId}`);
		const links = await riskRepo.linksOf(database.db, risks.map((r) => r.id));
		expect(links.length).toBeGreaterThanOrEqual(4);
		expect([...found!.links].sort(byPair)).toEqual([...links].sort(byPair));
	});

	it("finds nothing for another board's DPIA", async () => {
		expect(await riskRepo.ofCurrentVersion(database.db, fx.organisation.id, other.assessment.id)).toBeNull();
	});
});

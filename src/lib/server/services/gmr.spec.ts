import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '../db';
import { auditLog } from '../db/schema';
import * as riskRepo from '../repo/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { listShared, readShared, recordGmrResponse } from './gmr';
import { NotFound } from './scope';
import { perform, type ActionId, type ActionInput } from './workflow';

describe('(G)MR shares', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const act = (role: Role, action: ActionId, input: ActionInput = {}) =>
		perform(database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: role }, role }, fx.assessment.id, action, input);

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
		await riskRepo.create(database.db, fx.version.id, { title: 'Etikettering', severity: 3, likelihood: 2, accepted: true, acceptanceReason: 'Beperkt' });
		await act('editor', 'submit');
		await act('fg', 'advise', { advice: { verdict: 'positive', text: 'Akkoord', advisedOn: '2026-03-01' } });
		await act('bestuur', 'decide', {
			decision: { decision: 'proceed', motivation: 'Nodig', residualRiskAcceptance: 'Aanvaard', deviationMotivation: '', decidedOn: '2026-03-10' }
		});
		await act('editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } });
	});
	afterAll(async () => {
		await database.close();
	});

	it('shows the council exactly the version as shared, even if it changes later', async () => {
		const [share] = await listShared(database.db, fx.organisation.id);
		expect(share).toMatchObject({ name: 'Snappet', versionNumber: 1, sharedOn: '2026-03-11', responseKind: null });
		await riskRepo.create(database.db, fx.version.id, { title: 'Later toegevoegd', severity: 1, likelihood: 1 });
		const { data } = await readShared(database.db, fx.organisation.id, share!.id);
		expect(data.risks.map((r) => r.title)).toEqual(['Etikettering']);
		expect(data.fgAdvice?.verdict).toBe('positive');
		expect(data.boardDecision?.decision).toBe('proceed');
	});

	it('records the council’s response with an audit entry', async () => {
		const [share] = await listShared(database.db, fx.organisation.id);
		const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.gmr.id, label: 'gmr' } };
		await recordGmrResponse(database.db, scope, share!.id, { kind: 'consent', text: 'De GMR stemt in.', respondedOn: '2026-03-20' });
		const { share: after } = await readShared(database.db, fx.organisation.id, share!.id);
		expect(after).toMatchObject({ responseKind: 'consent', respondedBy: fx.people.gmr.id, respondedOn: '2026-03-20' });
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, share!.id));
		expect(audit.map((a) => a.action)).toEqual(['gmr_response']);
	});

	it('does not show or accept responses across organisations', async () => {
		const other = await lifecycleFixture(database.db, 'stichting-zuid');
		const [share] = await listShared(database.db, fx.organisation.id);
		expect(await listShared(database.db, other.organisation.id)).toEqual([]);
		await expect(readShared(database.db, other.organisation.id, share!.id)).rejects.toBeInstanceOf(NotFound);
		const scope = { organisationId: other.organisation.id, actor: { userId: other.people.gmr.id, label: 'gmr' } };
		await expect(recordGmrResponse(database.db, scope, share!.id, { kind: 'views', text: '', respondedOn: '2026-03-20' })).rejects.toBeInstanceOf(NotFound);
	});
});

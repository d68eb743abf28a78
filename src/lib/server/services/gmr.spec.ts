import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '../db';
import { assessments, auditLog } from '../db/schema';
import * as riskRepo from '../repo/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { reportModel } from '../pdf/data/sanitize';
import { gmrTexts } from '../pdf/texts';
import { gmrContentHere, type GmrContent } from '../pdf';
import { listShared, readShared, recordGmrResponse } from './gmr';
import { sharedSnapshot } from './gmr-content';
import type { VersionData } from './version-data';
import { NotFound } from './scope';
import { perform, type Action, type ActionInput } from './workflow';

describe('(G)MR shares', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const act = (role: Role, action: Action, input: ActionInput = {}) =>
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

	it('tells the council when the board will look at the DPIA again, once that date is set', async () => {
		const [share] = await listShared(database.db, fx.organisation.id);
		expect((await readShared(database.db, fx.organisation.id, share!.id)).reviewDueOn).toBeNull();
		await database.db.update(assessments).set({ reviewDueOn: '2029-03-10' }).where(eq(assessments.id, fx.assessment.id));
		expect((await readShared(database.db, fx.organisation.id, share!.id)).reviewDueOn).toBe('2029-03-10');
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

describe('the (G)MR web view', () => {
	const risk = (id: string, title: string) => ({
		id, catalogueId: id === 'b' ? 'R03' : null, title, description: '', fearedEvent: 'other_harm', severity: 3, likelihood: 3,
		levelOverride: null, residualSeverity: null, residualLikelihood: null, accepted: false, acceptanceReason: null, discrimination: false
	});
	const data: VersionData = {
		capturedAt: '2026-01-01T00:00:00Z',
		processing: { name: 'Camera', vendor: '', description: '' },
		version: { id: 'v', number: 1, status: 'shared_gmr', reason: '' },
		answers: {},
		risks: [risk('a', 'Eigen risico'), risk('b', 'Profilering')],
		measures: [],
		fgAdvice: { verdict: 'negative', text: 'Niet doen.', advisedOn: '2026-01-02' },
		boardDecision: { decision: 'proceed', motivation: 'Toch doen.', residualRiskAcceptance: 'Aanvaard.', deviationMotivation: 'Veiligheid gaat voor.', decidedOn: '2026-01-03' },
		apConsultations: [{ requestedOn: '2026-01-04', reference: 'AP-1', answeredOn: null, outcome: '' }]
	};
	const g = gmrTexts('nl');
	/** The page's content for a share of `shared`, within an otherwise empty report snapshot. */
	const content = (shared: VersionData, reviewDueOn: string | null = null) => gmrContentHere(sharedSnapshot(reportModel({}), shared, reviewDueOn), 'nl', new Date('2026-02-01T10:00:00Z'), null);
	const said = (c: GmrContent, index: number) =>
		c.sections[index]!.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((cell) => (typeof cell === 'string' ? cell : 'text' in cell ? cell.text : cell.label)) : 'items' in b ? b.items : [b.text]));

	it('shows what the report shows: risk numbers, the deviation from the advice with its motivation, the AP consultation', () => {
		const c = content(data);
		expect(said(c, 6)).toEqual(expect.arrayContaining(['R1 Eigen risico', 'R2 Profilering']));
		expect(said(c, 8)).toEqual(expect.arrayContaining([g.advice.deviated, 'Veiligheid gaat voor.']));
		expect(said(c, 9)).toEqual(expect.arrayContaining([g.decision.residual('hoog'), 'Aanvaard.', g.decision.apAsked]));
	});

	it('says, as the report does, whether the AP still has to be asked: only when a high risk remains', () => {
		expect(said(content({ ...data, apConsultations: [] }), 9)).toContain(g.decision.apNotAsked);
		const lowered = data.risks.map((r) => ({ ...r, residualSeverity: 1, residualLikelihood: 2 }));
		const low = said(content({ ...data, risks: lowered, apConsultations: [] }), 9);
		expect(low).toEqual(expect.arrayContaining([g.decision.residual('laag'), g.decision.apNotNeeded]));
		expect(said(content({ ...data, risks: [], apConsultations: [] }), 9)).toContain(g.decision.apNotNeeded);
	});

	it('shows no deviation when the board follows the advice', () => {
		const advice = said(content({ ...data, fgAdvice: { ...data.fgAdvice!, verdict: 'positive' } }), 8);
		expect(advice).toContain(g.advice.followed);
		expect(advice).not.toContain('Veiligheid gaat voor.');
	});

	it('tells the council when the board will look at the DPIA again, from the date set on the DPIA', () => {
		expect(said(content(data, '2029-01-03'), 11)).toContain(g.ask.review('3 januari 2029'));
		expect(said(content(data), 11)).toContain(g.ask.reviewOpen);
	});
});

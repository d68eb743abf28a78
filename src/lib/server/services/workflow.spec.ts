import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '../db';
import { assessments, assessmentVersions, auditLog, sectionAnswers, transitions } from '../db/schema';
import * as measureRepo from '../repo/measures';
import * as riskRepo from '../repo/risks';
import { createTestDatabase } from '../testing/db';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { createMeasure } from './measures';
import { createRisk } from './risks';
import { AssessmentLocked } from './version-lock';
import { perform, reviewDueOn, StaleState, WorkflowRefused, type Action, type ActionInput } from './workflow';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

const riskInput = {
	title: 'Etikettering',
	description: '',
	origin: '',
	fearedEvent: 'other_harm' as const,
	severity: 3,
	severityMotivation: '',
	likelihood: 3,
	likelihoodMotivation: '',
	levelOverride: null,
	overrideReason: '',
	discrimination: false,
	residualSeverity: 2,
	residualLikelihood: 2,
	accepted: false,
	acceptanceReason: ''
};
const advice = { verdict: 'positive' as const, text: 'Akkoord', advisedOn: '2026-03-01' };
const decision = { decision: 'proceed' as const, motivation: 'Nodig voor rekenonderwijs', residualRiskAcceptance: 'Aanvaard', deviationMotivation: '', decidedOn: '2026-03-10' };

describe('DPIA workflow', () => {
	let database: Database;
	let seq = 0;

	async function setup(options: { treated?: boolean; residual?: [number, number] } = {}) {
		const fx = await lifecycleFixture(database.db, `stichting-${++seq}`);
		const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'editor' } };
		const [rs, rl] = options.residual ?? [2, 2];
		const risk = await createRisk(database.db, scope, fx.assessment.id, { ...riskInput, residualSeverity: rs, residualLikelihood: rl });
		if (options.treated !== false) {
			await createMeasure(database.db, scope, fx.assessment.id, { title: 'Uitleg', description: '', type: 'organisational', owner: '', dueOn: null, status: 'planned', riskIds: [risk.id] });
		}
		return { fx, risk };
	}
	function act(fx: Fixture, role: Role, action: Action, input: ActionInput = {}) {
		return perform(database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: role }, role }, fx.assessment.id, action, input);
	}
	async function refusal(promise: Promise<unknown>) {
		const error = await promise.then(() => null, (e: unknown) => e);
		expect(error).toBeInstanceOf(WorkflowRefused);
		return (error as WorkflowRefused).refusal;
	}
	async function statusOf(fx: Fixture) {
		const [row] = await database.db.select().from(assessments).where(eq(assessments.id, fx.assessment.id));
		return row!;
	}

	beforeAll(async () => {
		database = await createTestDatabase();
	});
	afterAll(async () => {
		await database.close();
	});

	it('refuses submit while a risk has neither a measure nor an acceptance', async () => {
		const { fx, risk } = await setup({ treated: false });
		const r = await refusal(act(fx, 'editor', 'submit'));
		expect(r.risks).toEqual([{ id: risk.id, title: 'Etikettering' }]);
		// an explicit acceptance is treatment too
		await riskRepo.update(database.db, fx.version.id, risk.id, { accepted: true, acceptanceReason: 'Klein risico' });
		await expect(act(fx, 'editor', 'submit')).resolves.toEqual({ to: 'fg_review' });
	});

	it('refuses submit while required questions are open, and lists them', async () => {
		const { fx } = await setup();
		const [intake] = await database.db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '1')));
		await database.db.update(sectionAnswers).set({ answers: { ...intake!.answers, '1.2': '' } }).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '1')));
		const r = await refusal(act(fx, 'editor', 'submit'));
		expect(r.code).toBe('missing_required');
		expect(r.missing?.map((q) => q.questionId)).toEqual(['1.2']);
		await database.db.update(sectionAnswers).set({ answers: intake!.answers }).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '1')));
		await expect(act(fx, 'editor', 'submit')).resolves.toEqual({ to: 'fg_review' });
	});

	it('lets only the right role take each step, and the board not before FG advice', async () => {
		const { fx } = await setup();
		await refusal(act(fx, 'gmr', 'submit'));
		await refusal(act(fx, 'fg', 'advise', { advice }));
		await act(fx, 'editor', 'submit');
		await refusal(act(fx, 'bestuur', 'decide', { decision }));
		await refusal(act(fx, 'editor', 'advise', { advice }));
		await act(fx, 'fg', 'request_changes', { note: 'Vul 5.2 aan' });
		expect((await statusOf(fx)).status).toBe('concept');
		await act(fx, 'editor', 'submit');
		await act(fx, 'fg', 'advise', { advice });
		await refusal(act(fx, 'editor', 'decide', { decision }));
		await act(fx, 'bestuur', 'decide', { decision });
		await act(fx, 'editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } });
		await act(fx, 'bestuur', 'sign_off');
		const row = await statusOf(fx);
		expect(row.status).toBe('in_force');
		expect(row.decidedOn).toBe('2026-03-10');
		expect(row.reviewDueOn).toBe('2029-03-10');
		const steps = await database.db.select().from(transitions).where(eq(transitions.versionId, fx.version.id));
		expect(steps.map((s) => s.action)).toEqual(['submit', 'request_changes', 'submit', 'advise', 'decide', 'share_gmr', 'sign_off']);
		expect(steps.every((s) => s.snapshot !== null && s.userId !== null)).toBe(true);
		const audit = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, fx.assessment.id));
		expect(audit.filter((a) => a.entity === 'assessment').map((a) => a.action)).toContain('sign_off');
	});

	it('demands a motivation when the board proceeds against negative FG advice', async () => {
		const { fx } = await setup();
		await act(fx, 'editor', 'submit');
		await act(fx, 'fg', 'advise', { advice: { ...advice, verdict: 'negative' } });
		const r = await refusal(act(fx, 'bestuur', 'decide', { decision }));
		expect(r.field).toBe('deviationMotivation');
		await act(fx, 'bestuur', 'decide', { decision: { ...decision, deviationMotivation: 'Geen alternatief; extra maatregelen' } });
	});

	it('holds a high residual risk in AP consultation until the consultation is logged', async () => {
		const { fx } = await setup({ residual: [4, 3] });
		await act(fx, 'editor', 'submit');
		await act(fx, 'fg', 'advise', { advice });
		const { to } = await act(fx, 'bestuur', 'decide', { decision });
		expect(to).toBe('ap_consultation');
		await refusal(act(fx, 'editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } }));
		await refusal(act(fx, 'bestuur', 'sign_off'));
		await act(fx, 'bestuur', 'log_consultation', { consultation: { requestedOn: '2026-03-12', reference: 'z2026-1', answeredOn: '2026-05-01', outcome: 'Geen bezwaar' } });
		expect((await statusOf(fx)).status).not.toBe('ap_consultation');
	});

	it('freezes the signed-off version: edits are refused with AssessmentLocked', async () => {
		const { fx, risk } = await setup();
		for (const [role, action, input] of [
			['editor', 'submit', {}],
			['fg', 'advise', { advice }],
			['bestuur', 'decide', { decision }],
			['editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } }],
			['bestuur', 'sign_off', {}]
		] as const) await act(fx, role, action, input);
		const [version] = await database.db.select().from(assessmentVersions).where(eq(assessmentVersions.id, fx.version.id));
		expect(version!.frozenAt).not.toBeNull();
		expect(version!.snapshot).toMatchObject({ risks: [{ id: risk.id }] });
		const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'editor' } };
		await expect(createRisk(database.db, scope, fx.assessment.id, riskInput)).rejects.toBeInstanceOf(AssessmentLocked);
	});

	it('opens version N+1 on a significant change, copying answers, risks, measures and links', async () => {
		const { fx } = await setup();
		for (const [role, action, input] of [
			['editor', 'submit', {}],
			['fg', 'advise', { advice }],
			['bestuur', 'decide', { decision }],
			['editor', 'share_gmr', { share: { sharedOn: '2026-03-11' } }],
			['bestuur', 'sign_off', {}]
		] as const) await act(fx, role, action, input);
		await act(fx, 'editor', 'new_version', { newVersion: { reason: 'new_ai_feature', text: 'Nieuwe AI-functie' } });
		const row = await statusOf(fx);
		expect(row.currentVersion).toBe(2);
		expect(row.status).toBe('concept');
		const [v2] = await database.db.select().from(assessmentVersions).where(eq(assessmentVersions.number, 2));
		const risks = await riskRepo.list(database.db, v2!.id);
		const measures = await measureRepo.list(database.db, v2!.id);
		expect(risks.map((r) => r.title)).toEqual(['Etikettering']);
		expect(measures[0]!.riskIds).toEqual([risks[0]!.id]);
		expect(v2!.frozenAt).toBeNull();
		// the new version is editable; the old one stays frozen
		const scope = { organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: 'editor' } };
		await expect(createRisk(database.db, scope, fx.assessment.id, riskInput)).resolves.toMatchObject({ versionId: v2!.id });
	});

	it('refuses a step started from a state that has changed meanwhile', async () => {
		const { fx } = await setup();
		await act(fx, 'editor', 'submit');
		await expect(act(fx, 'editor', 'submit', { expectedState: 'concept' })).rejects.toBeInstanceOf(StaleState);
	});

	it('plans the review three years after the decision', () => {
		expect(reviewDueOn('2026-03-10')).toBe('2029-03-10');
		expect(reviewDueOn('2028-02-29')).toBe('2031-02-28');
	});
});

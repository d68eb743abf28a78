import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { assessments, mailOutbox, mailPreferences, measures } from '../db/schema';
import { addComment } from '../services/questionnaire-comments';
import { perform, type Action, type ActionInput } from '../services/workflow';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { recipientsOf } from '../testing/smtp';
import { useMailTestbed } from '../testing/mail-testbed';
import { runSchedule } from './schedule';
import { deliverDue } from './worker';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
const ENV = { ORIGIN: 'https://dpia.example.nl' };
const advice = { verdict: 'positive' as const, text: 'Akkoord', advisedOn: '2026-03-01' };
const decision = { decision: 'proceed' as const, motivation: 'Nodig', residualRiskAcceptance: 'Aanvaard', deviationMotivation: '', decidedOn: '2026-03-10' };

describe('notifications', () => {
	const bed = useMailTestbed('dpia@example.nl');
	let seq = 0;

	const act = (fx: Fixture, role: Role, action: Action, input: ActionInput = {}) =>
		perform(bed.database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: role }, role }, fx.assessment.id, action, input);
	const queued = async (fx: Fixture) => {
		const rows = await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.organisationId, fx.organisation.id));
		return rows.map((r) => `${r.recipient.split('@')[0]} ${r.kind === 'notification' ? String(r.params.type) : r.kind}`).sort();
	};

	it('tells each workflow step to the roles the issue names, never to the one who acted', async () => {
		const fx = await lifecycleFixture(bed.database.db, `notify-${++seq}`);
		await act(fx, 'editor', 'submit');
		await act(fx, 'fg', 'advise', { advice });
		await act(fx, 'bestuur', 'decide', { decision });
		await act(fx, 'bestuur', 'share_gmr', { share: { sharedOn: '2026-03-11' } });
		expect(await queued(fx)).toEqual(['bestuur advised', 'editor advised', 'editor decided', 'fg decided', 'fg submitted', 'gmr shared_gmr'].sort());
		const [gmr] = await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, fx.people.gmr.email));
		expect(String(gmr!.params.path)).toMatch(new RegExp(`^/o/${fx.organisation.slug}/shared/[0-9a-f-]{36}$`));
	});

	it('tells a comment to the editors and the FG but not its writer, without its text', async () => {
		const fx = await lifecycleFixture(bed.database.db, `notify-${++seq}`);
		await addComment(bed.database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people.fg.id, label: 'fg' } }, fx.assessment.id, { questionId: '1.1', body: 'Geheime inhoud' });
		expect(await queued(fx)).toEqual(['editor comment']);
		await deliverDue(bed.database.db, bed.sender, new Date(), ENV);
		const mail = await bed.mailbox.waitFor((m) => recipientsOf(m).includes(fx.people.editor.email));
		expect(mail.text).not.toContain('Geheime inhoud');
		expect(mail.text).toContain(`https://dpia.example.nl/o/${fx.organisation.slug}/assessments/${fx.assessment.id}/questionnaire/`);
	});

	it('respects off, and groups digest items into one mail a day per person', async () => {
		const fx = await lifecycleFixture(bed.database.db, `notify-${++seq}`);
		await bed.database.db.insert(mailPreferences).values([
			{ userId: fx.people.fg.id, locale: 'nl', modes: { submitted: 'digest', comment: 'digest' } },
			{ userId: fx.people.editor.id, locale: 'nl', modes: { comment: 'off' } }
		]);
		await addComment(bed.database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people.admin.id, label: 'admin' } }, fx.assessment.id, { questionId: '1.1', body: 'Eerste' });
		await act(fx, 'editor', 'submit');
		expect(await queued(fx)).toEqual([]);
		// the next day, as the clock runs: the items were made now
		const day = new Date(Date.now() + 24 * 3_600_000);
		const at = (hour: number, days = 0) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days, hour));
		const early = at(5);
		const morning = at(7);
		await runSchedule(bed.database.db, early);
		expect(await queued(fx)).toEqual([]);
		await runSchedule(bed.database.db, morning);
		await runSchedule(bed.database.db, at(9));
		expect(await queued(fx)).toEqual(['fg digest']);
		await deliverDue(bed.database.db, bed.sender, morning, ENV);
		const mail = await bed.mailbox.waitFor((m) => recipientsOf(m).includes(fx.people.fg.email));
		expect(mail.subject).toBe('Uw dagelijkse overzicht van DPIA Wijzer (2)');
		expect(mail.text).toContain('Nieuwe opmerking bij DPIA ‘Snappet’');
		expect(mail.text).toContain('DPIA ‘Snappet’ wacht op advies van de FG');
		// a new item after today's digest waits for tomorrow's
		await addComment(bed.database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people.admin.id, label: 'admin' } }, fx.assessment.id, { questionId: '1.1', body: 'Tweede' });
		await runSchedule(bed.database.db, at(23));
		expect(await queued(fx)).toEqual(['fg digest']);
		await runSchedule(bed.database.db, at(7, 1));
		expect(await queued(fx)).toEqual(['fg digest', 'fg digest']);
	});

	it('reminds of a review at 90 and 30 days and when overdue, each once', async () => {
		const fx = await lifecycleFixture(bed.database.db, `notify-${++seq}`);
		await bed.database.db.update(assessments).set({ status: 'in_force', reviewDueOn: '2027-06-01' }).where(eq(assessments.id, fx.assessment.id));
		const reminders = async () => (await queued(fx)).filter((q) => q.endsWith('review_due'));
		await runSchedule(bed.database.db, new Date('2027-01-01T03:00:00Z'));
		expect(await reminders()).toEqual([]);
		await runSchedule(bed.database.db, new Date('2027-03-10T03:00:00Z'));
		await runSchedule(bed.database.db, new Date('2027-03-11T03:00:00Z'));
		expect(await reminders()).toEqual(['editor review_due', 'fg review_due']);
		await runSchedule(bed.database.db, new Date('2027-05-10T03:00:00Z'));
		await runSchedule(bed.database.db, new Date('2027-06-05T03:00:00Z'));
		await runSchedule(bed.database.db, new Date('2027-06-06T03:00:00Z'));
		const rows = await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, fx.people.fg.email));
		expect(rows.map((r) => r.params.milestone).sort()).toEqual(['in30', 'in90', 'overdue']);
	});

	it('reminds the owner of an overdue measure when the owner is a member', async () => {
		const fx = await lifecycleFixture(bed.database.db, `notify-${++seq}`);
		await bed.database.db.insert(measures).values([
			{ versionId: fx.version.id, title: 'Verwerkersovereenkomst', type: 'contractual', owner: fx.people.editor.name, dueOn: '2026-01-01' },
			{ versionId: fx.version.id, title: 'Buiten', type: 'contractual', owner: 'Leverancier', dueOn: '2026-01-01' },
			{ versionId: fx.version.id, title: 'Klaar', type: 'contractual', owner: fx.people.fg.email, dueOn: '2026-01-01', status: 'done' }
		]);
		await runSchedule(bed.database.db, new Date('2026-02-01T03:00:00Z'));
		await runSchedule(bed.database.db, new Date('2026-02-02T03:00:00Z'));
		expect(await queued(fx)).toEqual(['editor measure_overdue']);
	});
});

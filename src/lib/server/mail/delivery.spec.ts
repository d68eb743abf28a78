import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import { mailOutbox, mailPreferences } from '../db/schema';
import { perform, type Action, type ActionInput } from '../services/workflow';
import { lifecycleFixture } from '../testing/lifecycle-fixture';
import { recipientsOf, startTestSmtp } from '../testing/smtp';
import { useMailTestbed } from '../testing/mail-testbed';
import { enqueue } from './outbox';
import { smtpSender } from './transport';
import { deliverDue } from './worker';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
const ENV = { ORIGIN: 'https://dpia.example.nl' };

describe('mail delivery through a real SMTP server', () => {
	const bed = useMailTestbed('DPIA Wijzer <dpia@example.nl>');
	let seq = 0;

	const act = (fx: Fixture, role: Role, action: Action, input: ActionInput = {}) =>
		perform(bed.database.db, { organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: role }, role, origin: 'http://127.0.0.1:9' }, fx.assessment.id, action, input);

	it('tells the FG of a submitted DPIA, in the FG language, with its link and nothing else of the DPIA', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		await bed.database.db.insert(mailPreferences).values({ userId: fx.people.fg.id, locale: 'en' });
		await act(fx, 'editor', 'submit');
		const report = await deliverDue(bed.database.db, bed.sender, new Date(), ENV);
		expect(report.sent).toBe(1);
		const mail = await bed.mailbox.waitFor((m) => recipientsOf(m).includes(fx.people.fg.email));
		expect(mail.from?.value[0]).toMatchObject({ name: 'DPIA Wijzer', address: 'dpia@example.nl' });
		expect(recipientsOf(mail)).toEqual([fx.people.fg.email]);
		expect(mail.subject).toBe('DPIA ‘Snappet’ is waiting for the DPO\'s advice');
		expect(mail.headers.get('content-language')).toBe('en');
		expect(mail.text).toContain(`https://dpia.example.nl/o/${fx.organisation.slug}/assessments/${fx.assessment.id}`);
		// only the FG: not the editor who submitted, nor anyone else
		expect(bed.mailbox.messages.filter((m) => m.subject?.includes('Snappet') && recipientsOf(m).some((r) => r.endsWith(`@${fx.organisation.slug}.test`)))).toHaveLength(1);
	});

	it('links to the request origin when ORIGIN is not set, and speaks Dutch by default', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		await act(fx, 'editor', 'submit');
		await deliverDue(bed.database.db, bed.sender, new Date(), {});
		const mail = await bed.mailbox.waitFor((m) => recipientsOf(m).includes(fx.people.fg.email));
		expect(mail.subject).toBe('DPIA ‘Snappet’ wacht op advies van de FG');
		expect(mail.headers.get('content-language')).toBe('nl');
		expect(mail.text).toContain(`http://127.0.0.1:9/o/${fx.organisation.slug}/assessments/${fx.assessment.id}`);
	});

	it('keeps a mail when SMTP is down, tries it again later, and delivers it once', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		const down = await startTestSmtp();
		const port = down.port;
		await down.stop();
		const deadSender = smtpSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'dpia@example.nl' });
		const t0 = new Date('2026-12-01T10:00:00Z');
		await enqueue(bed.database.db, { eventKey: `test:${fx.organisation.id}`, organisationId: fx.organisation.id, userId: fx.people.fg.id, recipient: fx.people.fg.email, locale: 'nl', kind: 'notification', params: { type: 'comment', dpia: 'Snappet', path: '/x' } }, t0);
		expect(await deliverDue(bed.database.db, deadSender, t0, ENV)).toMatchObject({ sent: 0, retried: 1 });
		const [after] = await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.eventKey, `test:${fx.organisation.id}`));
		expect(after).toMatchObject({ status: 'pending', attempts: 1 });
		expect(after!.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000);
		// not due yet: nothing is tried
		expect(await deliverDue(bed.database.db, deadSender, new Date(t0.getTime() + 30_000), ENV)).toMatchObject({ sent: 0, retried: 0 });
		deadSender.close();

		const back = await startTestSmtp(port);
		const liveSender = smtpSender({ smtpUrl: back.url, from: 'dpia@example.nl' });
		try {
			expect(await deliverDue(bed.database.db, liveSender, new Date(t0.getTime() + 61_000), ENV)).toMatchObject({ sent: 1 });
			expect(await deliverDue(bed.database.db, liveSender, new Date(t0.getTime() + 3_600_000), ENV)).toMatchObject({ sent: 0 });
			expect(back.to(fx.people.fg.email)).toHaveLength(1);
		} finally {
			liveSender.close();
			await back.stop();
		}
	});

	it('makes one mail per event and person however often the event is reported', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		const mail = { eventKey: `once:${fx.organisation.id}`, organisationId: fx.organisation.id, userId: fx.people.fg.id, recipient: fx.people.fg.email, locale: 'nl' as const, kind: 'notification' as const, params: { type: 'comment', dpia: 'Snappet', path: '/x' } };
		expect(await enqueue(bed.database.db, mail)).toBe(true);
		expect(await enqueue(bed.database.db, mail)).toBe(false);
		expect(await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.eventKey, mail.eventKey))).toHaveLength(1);
	});

	it('without SMTP keeps the mail in the outbox', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		await act(fx, 'editor', 'submit');
		expect((await deliverDue(bed.database.db, null, new Date(), ENV)).kept).toBeGreaterThanOrEqual(1);
		const rows = await bed.database.db.select().from(mailOutbox).where(eq(mailOutbox.organisationId, fx.organisation.id));
		expect(rows.map((r) => [r.recipient, r.status])).toEqual([[fx.people.fg.email, 'kept']]);
	});

	it('a mail claimed by one process is not taken by another until its lease runs out', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		const t0 = new Date('2026-12-02T10:00:00Z');
		await enqueue(bed.database.db, { eventKey: `lease:${fx.organisation.id}`, organisationId: fx.organisation.id, userId: null, recipient: fx.people.fg.email, locale: 'nl', kind: 'notification', params: { type: 'comment', dpia: 'Snappet', path: '/x' } }, t0);
		const { claimDue } = await import('./outbox');
		const first = await claimDue(bed.database.db, t0);
		expect(first.map((r) => r.eventKey)).toContain(`lease:${fx.organisation.id}`);
		const second = await claimDue(bed.database.db, new Date(t0.getTime() + 1000));
		expect(second.map((r) => r.eventKey)).not.toContain(`lease:${fx.organisation.id}`);
		const afterLease = await claimDue(bed.database.db, new Date(t0.getTime() + 3 * 60_000));
		expect(afterLease.map((r) => r.eventKey)).toContain(`lease:${fx.organisation.id}`);
	});

	it('two processes claiming at once take different mails', async () => {
		const fx = await lifecycleFixture(bed.database.db, `mail-${++seq}`);
		const t0 = new Date('2026-12-03T10:00:00Z');
		for (let i = 0; i < 12; i++) {
			await enqueue(bed.database.db, { eventKey: `race:${fx.organisation.id}:${i}`, organisationId: fx.organisation.id, userId: null, recipient: fx.people.fg.email, locale: 'nl', kind: 'notification', params: { type: 'comment', dpia: 'Snappet', path: '/x' } }, t0);
		}
		const { claimDue } = await import('./outbox');
		const [a, b] = await Promise.all([claimDue(bed.database.db, t0, 8), claimDue(bed.database.db, t0, 8)]);
		const ours = (rows: { eventKey: string }[]) => rows.map((r) => r.eventKey).filter((k) => k.startsWith(`race:${fx.organisation.id}:`));
		const both = [...ours(a), ...ours(b)];
		expect(new Set(both).size).toBe(both.length);
		expect(both.length).toBe(12);
	});
});

import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { mailOutbox, type OutboxRow } from '../db/schema';
import { errorFields, log } from '../log';
import { describeSmtp, linkBase, mailConfig, type MailConfig } from './config';
import { mintInvitationLink, mintResetLink } from './links';
import { claimDue, markFailed, markKept, markSent } from './outbox';
import { renderMail } from './render';
import { runSchedule } from './schedule';
import { smtpSender, type MailSender } from './transport';

export interface DeliveryReport {
	sent: number;
	kept: number;
	retried: number;
	failed: number;
}

async function secretLinkOf(db: Db, row: OutboxRow, now: Date): Promise<string | null | undefined> {
	if (row.kind === 'password_reset') return row.userId ? mintResetLink(db, row.userId, now) : null;
	if (row.kind === 'invitation') return mintInvitationLink(db, String(row.params.invitationId ?? ''), now);
	return undefined;
}

/**
 * One round of delivery: claims what is due and sends it, or, without SMTP, keeps it for the outbox page.
 * A failure puts the mail back with a growing wait; a mail is only marked sent after the SMTP server took it.
 */
export async function deliverDue(db: Db, sender: MailSender | null, now = new Date(), env: Record<string, string | undefined> = process.env): Promise<DeliveryReport> {
	const report: DeliveryReport = { sent: 0, kept: 0, retried: 0, failed: 0 };
	for (const row of await claimDue(db, now)) {
		if (!sender) {
			await markKept(db, row.id);
			// one line, without the address's secrets or links
			log.info('mail kept in the outbox (no SMTP_URL)', { mailId: row.id, kind: row.kind });
			report.kept++;
			continue;
		}
		try {
			const link = await secretLinkOf(db, row, now);
			if (link === null) {
				await db.update(mailOutbox).set({ status: 'dropped', leaseUntil: null }).where(eq(mailOutbox.id, row.id));
				continue;
			}
			const mail = renderMail(row, linkBase(row.origin, env), link);
			await sender.send({ to: row.recipient, subject: mail.subject, text: mail.text, locale: row.locale, messageId: `<${row.id}@dpia-wijzer>` });
			await markSent(db, row.id, now);
			log.info('mail sent', { mailId: row.id, kind: row.kind });
			report.sent++;
		} catch (error) {
			const fields = errorFields(error);
			const outcome = await markFailed(db, row, String(fields.message ?? 'send failed'), now);
			log.warn(outcome === 'failed' ? 'mail given up after its last attempt' : 'mail not delivered; it is tried again later', { mailId: row.id, kind: row.kind, attempts: row.attempts, error: fields.message });
			if (outcome === 'failed') report.failed++;
			else report.retried++;
		}
	}
	return report;
}

export interface MailWorker {
	stop(): void;
	/** Runs a round now (tests, and after a change that queued mail). */
	poke(): void;
}

const DELIVERY_INTERVAL_MS = 5_000;
const SCHEDULE_INTERVAL_MS = 5 * 60_000;

/**
 * The process's mail worker: delivers every few seconds and runs the timed notifications every few
 * minutes. Each process that serves the app runs one; claims keep them from sending the same mail.
 */
export function startMailWorker(getDb: () => Promise<Db>, env: Record<string, string | undefined> = process.env): MailWorker {
	const config: MailConfig | null = mailConfig(env);
	const sender = config ? smtpSender(config) : null;
	const every = Number(env.MAIL_POLL_MS) > 0 ? Number(env.MAIL_POLL_MS) : DELIVERY_INTERVAL_MS;
	log.info(config ? `mail goes out through ${describeSmtp(config)}` : 'no SMTP_URL: mails are kept in the outbox for the admins');
	let stopped = false;
	let timer: NodeJS.Timeout | undefined;
	let running = false;
	let lastSchedule = 0;

	const round = async () => {
		if (running || stopped) return;
		running = true;
		try {
			const db = await getDb();
			const now = new Date();
			if (now.getTime() - lastSchedule >= SCHEDULE_INTERVAL_MS) {
				lastSchedule = now.getTime();
				await runSchedule(db, now);
			}
			await deliverDue(db, sender, now, env);
		} catch (error) {
			log.warn('mail round failed; it runs again shortly', errorFields(error));
		} finally {
			running = false;
			if (!stopped) {
				timer = setTimeout(() => void round(), every);
				timer.unref();
			}
		}
	};
	timer = setTimeout(() => void round(), every);
	timer.unref();
	return {
		stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			sender?.close();
		},
		poke() {
			if (timer) clearTimeout(timer);
			void round();
		}
	};
}

import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db';
import { smtpSender, type MailSender } from '../mail/transport';
import { createTestDatabase } from './db';
import { startTestSmtp, type TestMailbox } from './smtp';

export interface MailTestbed {
	database: Database;
	mailbox: TestMailbox;
	sender: MailSender;
}

/**
 * For one spec file: a fresh database, a real SMTP server on loopback and a sender to it, made before
 * the file's tests and closed after them. The fields are filled once `beforeAll` has run.
 */
export function useMailTestbed(from: string): MailTestbed {
	const bed = {} as MailTestbed;
	beforeAll(async () => {
		bed.database = await createTestDatabase();
		bed.mailbox = await startTestSmtp();
		bed.sender = smtpSender({ smtpUrl: bed.mailbox.url, from });
	});
	afterAll(async () => {
		bed.sender?.close();
		await bed.mailbox?.stop();
		await bed.database?.close();
	});
	return bed;
}

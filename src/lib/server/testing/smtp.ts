import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback for the tests (smtp-server), reading each message with mailparser.
 * Plain SMTP without STARTTLS, as a relay on the same machine would be; any login is accepted.
 */
export interface TestMailbox {
	port: number;
	url: string;
	messages: ParsedMail[];
	/** Resolves with the first message, received so far or later, that the predicate accepts. */
	waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
	to(address: string): ParsedMail[];
	stop(): Promise<void>;
}

export function recipientsOf(mail: ParsedMail): string[] {
	const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
	return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

export async function startTestSmtp(port = 0): Promise<TestMailbox> {
	const messages: ParsedMail[] = [];
	const waiters: { predicate: (mail: ParsedMail) => boolean; resolve: (mail: ParsedMail) => void }[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		closeTimeout: 200,
		onAuth(_auth, _session, callback) {
			callback(null, { user: 'test' });
		},
		onData(stream, _session, callback) {
			simpleParser(stream).then(
				(mail) => {
					messages.push(mail);
					for (const waiter of [...waiters]) {
						if (waiter.predicate(mail)) {
							waiters.splice(waiters.indexOf(waiter), 1);
							waiter.resolve(mail);
						}
					}
					callback();
				},
				(error: Error) => callback(error)
			);
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	const bound = (server.server.address() as AddressInfo).port;
	return {
		port: bound,
		url: `smtp://tester:secret@127.0.0.1:${bound}`,
		messages,
		to: (address) => messages.filter((mail) => recipientsOf(mail).includes(address.toLowerCase())),
		waitFor(predicate, timeoutMs = 20_000) {
			const found = messages.find(predicate);
			if (found) return Promise.resolve(found);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error('no such mail arrived')), timeoutMs);
				waiters.push({ predicate, resolve: (mail) => (clearTimeout(timer), resolve(mail)) });
			});
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

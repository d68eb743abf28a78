import nodemailer from 'nodemailer';
import type { MailConfig } from './config';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
	locale: string;
	/** Stable per outbox row, so a mail resent after a crash mid-send can be recognised as the same one. */
	messageId: string;
}

export interface MailSender {
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

/** SMTP through nodemailer; the URL's user and password, when given, are its login. */
export function smtpSender(config: MailConfig): MailSender {
	const transport = nodemailer.createTransport(config.smtpUrl, { from: config.from });
	return {
		async send(mail) {
			await transport.sendMail({
				from: config.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				messageId: mail.messageId,
				headers: { 'Content-Language': mail.locale }
			});
		},
		close: () => transport.close()
	};
}

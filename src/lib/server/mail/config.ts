/**
 * Mail settings from the environment: `SMTP_URL` (smtp://user:pass@host:port, smtps:// for TLS from the
 * start) and `MAIL_FROM`. Without SMTP_URL the app keeps its mails in the outbox for the admins to see.
 */
export interface MailConfig {
	smtpUrl: string;
	from: string;
}

export function mailConfig(env: Record<string, string | undefined> = process.env): MailConfig | null {
	const smtpUrl = env.SMTP_URL?.trim();
	if (!smtpUrl) return null;
	return { smtpUrl, from: env.MAIL_FROM?.trim() || 'DPIA Wijzer <noreply@localhost>' };
}

export function mailEnabled(env: Record<string, string | undefined> = process.env): boolean {
	return mailConfig(env) !== null;
}

/** The SMTP server as a log can show it: host and port, never the user or password. */
export function describeSmtp(config: MailConfig): string {
	try {
		const url = new URL(config.smtpUrl);
		return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
	} catch {
		return '(unreadable SMTP_URL)';
	}
}

/** The base of links in mails: ORIGIN when set, else the origin of the request that caused the mail. */
export function linkBase(requestOrigin: string | null | undefined, env: Record<string, string | undefined> = process.env): string {
	const configured = env.ORIGIN?.trim();
	if (configured) return configured.replace(/\/+$/, '');
	if (requestOrigin) return requestOrigin;
	return `http://localhost:${env.PORT || 3000}`;
}

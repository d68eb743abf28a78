import { isMailLocale, type MailLocale, type NotificationKind } from '$lib/domain/mail/notifications';
import { m } from '$lib/paraglide/messages';
import type { OutboxRow } from '../db/schema';

export interface RenderedMail {
	subject: string;
	text: string;
}

/** What a notification carries: the DPIA's name and page, and for the dated kinds the date. Nothing else. */
export interface NotificationParams {
	type: NotificationKind;
	dpia: string;
	path: string;
	milestone?: 'in90' | 'in30' | 'overdue';
	date?: string;
}

export const PREFERENCES_PATH = '/account/notifications';

function longDate(iso: string | undefined, locale: MailLocale): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Subject and first sentence of one notification. */
export function notificationLines(p: NotificationParams, locale: MailLocale): { subject: string; body: string } {
	const o = { locale };
	const dpia = p.dpia;
	const date = longDate(p.date, locale);
	switch (p.type) {
		case 'submitted':
			return { subject: m.mail_subject_submitted({ dpia }, o), body: m.mail_body_submitted({ dpia }, o) };
		case 'advised':
			return { subject: m.mail_subject_advised({ dpia }, o), body: m.mail_body_advised({ dpia }, o) };
		case 'decided':
			return { subject: m.mail_subject_decided({ dpia }, o), body: m.mail_body_decided({ dpia }, o) };
		case 'shared_gmr':
			return { subject: m.mail_subject_shared_gmr({ dpia }, o), body: m.mail_body_shared_gmr({ dpia }, o) };
		case 'comment':
			return { subject: m.mail_subject_comment({ dpia }, o), body: m.mail_body_comment({ dpia }, o) };
		case 'review_due': {
			const subject =
				p.milestone === 'overdue' ? m.mail_subject_review_overdue({ dpia }, o) : p.milestone === 'in30' ? m.mail_subject_review_in30({ dpia }, o) : m.mail_subject_review_in90({ dpia }, o);
			return { subject, body: m.mail_body_review({ dpia, date }, o) };
		}
		case 'measure_overdue':
			return { subject: m.mail_subject_measure_overdue({ dpia }, o), body: m.mail_body_measure_overdue({ dpia, date }, o) };
	}
}

function footer(base: string, locale: MailLocale): string {
	return `--\n${m.mail_footer({}, { locale })}\n${base}${PREFERENCES_PATH}`;
}

/**
 * The mail of an outbox row. `base` is the absolute origin for links; `secretLink` is the path with a
 * freshly minted token, for the kinds that carry one (minted by the sender, never stored).
 */
export function renderMail(row: Pick<OutboxRow, 'kind' | 'locale' | 'params'>, base: string, secretLink?: string): RenderedMail {
	const locale: MailLocale = isMailLocale(row.locale) ? row.locale : 'nl';
	const o = { locale };
	const params = row.params;
	switch (row.kind) {
		case 'notification': {
			const p = params as unknown as NotificationParams;
			const { subject, body } = notificationLines(p, locale);
			return { subject, text: `${body}\n\n${m.mail_open_link({}, o)}\n${base}${p.path}\n\n${footer(base, locale)}\n` };
		}
		case 'digest': {
			const items = (params.items ?? []) as NotificationParams[];
			const lines = items.map((item) => `- ${notificationLines(item, locale).subject}\n  ${base}${item.path}`);
			return { subject: m.mail_subject_digest({ count: String(items.length) }, o), text: `${m.mail_body_digest({}, o)}\n\n${lines.join('\n\n')}\n\n${footer(base, locale)}\n` };
		}
		case 'password_reset':
			return {
				subject: m.mail_subject_reset({}, o),
				text: `${m.mail_body_reset({}, o)}\n${base}${secretLink ?? ''}\n\n${m.mail_body_reset_ignore({}, o)}\n`
			};
		case 'invitation': {
			const organisation = String(params.organisation ?? '');
			return { subject: m.mail_subject_invitation({ organisation }, o), text: `${m.mail_body_invitation({ organisation }, o)}\n${base}${secretLink ?? ''}\n` };
		}
		default:
			throw new Error(`unknown mail kind ${row.kind}`);
	}
}

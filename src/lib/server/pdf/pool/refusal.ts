import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { ReportBudgetExceeded, ReportsBusy } from './errors';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, text: string, back: string, headers: Record<string, string> = {}): Response {
	const html = `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="${escape(back)}">${escape(m.report_back())}</a></p></body></html>`;
	return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/**
 * The page for a report the pool would not or could not make, in the person's language; null for any
 * other error. A download link opens it in place of the file, so it says what happened and leads back.
 */
export function reportRefusal(error: unknown, back: string): Response | null {
	if (error instanceof ReportsBusy) return page(503, m.report_busy_title(), m.report_busy_text(), back, { 'retry-after': String(error.retryAfterSeconds) });
	if (!(error instanceof ReportBudgetExceeded)) return null;
	const text =
		error.budget === 'time'
			? m.report_budget_time({ seconds: Math.round(error.limit / 1000) })
			: error.budget === 'size'
				? m.report_budget_size({ megabytes: Math.round(error.limit / 1024 / 1024) })
				: m.report_budget_memory();
	return page(503, m.report_budget_title(), text, back);
}

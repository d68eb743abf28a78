import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { parsePrescanInput, prescan } from '$lib/domain/prescan';
import { m } from '$lib/paraglide/messages';
import { apiHandler, apiLocale, requireApi } from '$lib/server/api';
import { organisations } from '$lib/server/db/schema';
import type { RequestEvent } from './$types';

/**
 * The §10 pre-scan as a service. Stateless: nothing is stored. When the caller leaves out
 * `organisationPolicy`, the organisation's own policy settings apply, as in the app.
 */
export const POST = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'prescan.run');
	const locale = apiLocale(event.request);
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		body = undefined;
	}
	const parsed = parsePrescanInput(body, locale);
	if (!parsed.ok) {
		const message = m.api_invalid_input({ details: parsed.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ') });
		return json({ error: { code: 'invalid_input', message, fields: parsed.errors } }, { status: 400, headers: { 'cache-control': 'no-store' } });
	}
	const input = parsed.input;
	if (!input.organisationPolicy) {
		const [row] = await event.locals.db.select({ policy: organisations.policy }).from(organisations).where(eq(organisations.id, ctx.organisation.id));
		if (row) input.organisationPolicy = row.policy;
	}
	return json(prescan(input), { headers: { 'cache-control': 'no-store' } });
});

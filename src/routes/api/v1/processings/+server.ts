import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { apiHandler, requireApi } from '$lib/server/api';
import { idempotent, invalidInput, readBody } from '$lib/server/api-v1/idempotency';
import { createProcessingRequest } from '$lib/server/api-v1/schemas';
import { organisations } from '$lib/server/db/schema';
import { createProcessing, savePrescan, UnknownSchool } from '$lib/server/services/register';
import type { RequestEvent } from './$types';

/**
 * Registers a processing and runs its pre-scan, as "Nieuwe verwerking" and the pre-scan screens do: the
 * same schema, the same right (prescan.run), the board's own policy, two audit entries.
 */
export const POST = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'prescan.run');
	const body = await readBody(event.request);
	return idempotent(event, ctx, body.text, async () => {
		if (body.value === undefined) return { status: 400, body: { error: { code: 'invalid_json', message: m.api_not_json() } } };
		const parsed = createProcessingRequest.safeParse(body.value);
		if (!parsed.success) return invalidInput(parsed.error);
		const { prescan: answers, ...input } = parsed.data;
		const scope = { organisationId: ctx.organisation.id, actor: ctx.actor };
		let processing;
		try {
			processing = await createProcessing(event.locals.db, scope, input);
		} catch (cause) {
			if (cause instanceof UnknownSchool) return { status: 400, body: { error: { code: 'unknown_school', message: m.api_unknown_school(), fields: [{ field: 'schoolIds', message: m.api_unknown_school() }] } } };
			throw cause;
		}
		const [org] = await event.locals.db.select({ policy: organisations.policy }).from(organisations).where(eq(organisations.id, ctx.organisation.id));
		const run = await savePrescan(event.locals.db, scope, processing.id, answers, org!.policy);
		return {
			status: 201,
			body: { id: processing.id, name: processing.name, vendor: processing.vendor, prescan: run.result, links: { self: `/o/${ctx.organisation.slug}/processings/${processing.id}` } }
		};
	});
});

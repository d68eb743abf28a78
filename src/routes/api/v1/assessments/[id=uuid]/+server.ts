import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { ApiError, apiHandler, requireApi } from '$lib/server/api';
import { exportAssessment } from '$lib/server/exchange/export';
import type { RequestEvent } from './$types';

/** One DPIA with all its versions, in the open exchange format (formatVersion 1). */
export const GET = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'register.read');
	const doc = await exportAssessment(event.locals.db, ctx.organisation.id, event.params.id);
	if (!doc) throw new ApiError(404, 'not_found', m.api_not_found());
	return json(doc, { headers: { 'cache-control': 'no-store' } });
});

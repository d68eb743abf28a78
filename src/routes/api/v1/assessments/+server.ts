import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { ApiError, apiHandler, requireApi } from '$lib/server/api';
import { pagingQuery } from '$lib/server/api-v1/schemas';
import { listSummaries } from '$lib/server/exchange/summary';
import type { RequestEvent } from './$types';

export const GET = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'register.read');
	const paging = pagingQuery.safeParse(Object.fromEntries(event.url.searchParams));
	if (!paging.success) throw new ApiError(400, 'invalid_paging', m.api_invalid_paging());
	const { page, per_page } = paging.data;
	const { total, items } = await listSummaries(event.locals.db, ctx.organisation.id, { offset: (page - 1) * per_page, limit: per_page });
	return json(
		{
			data: items.map((item) => ({ ...item, links: { self: `/api/v1/assessments/${item.id}` } })),
			meta: { page, perPage: per_page, total, pages: Math.max(1, Math.ceil(total / per_page)) }
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
});

import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { ApiError, apiHandler, requireApi } from '$lib/server/api';
import { listSummaries } from '$lib/server/exchange/summary';
import type { RequestEvent } from './$types';

const Paging = z.object({
	page: z.coerce.number().int().min(1).default(1),
	per_page: z.coerce.number().int().min(1).max(100).default(25)
});

export const GET = apiHandler(async (event: RequestEvent) => {
	const ctx = await requireApi(event, 'register.read');
	const paging = Paging.safeParse(Object.fromEntries(event.url.searchParams));
	if (!paging.success) throw new ApiError(400, 'invalid_paging', 'page must be ≥ 1 and per_page between 1 and 100.');
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

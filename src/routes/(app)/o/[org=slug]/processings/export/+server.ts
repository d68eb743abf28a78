import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { parseRegisterQuery } from '$lib/domain/register-query';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { todayInNl } from '$lib/server/services/http';
import { measuresSheet, registerSheet, sheetCsv, sheetXlsx } from '$lib/server/services/register-export';
import type { RequestHandler } from './$types';

const query = z.object({
	list: z.enum(['register', 'measures']).default('register'),
	format: z.enum(['csv', 'xlsx']).default('csv'),
	sep: z.enum(['semicolon', 'comma']).default('semicolon')
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `?list=register|measures&format=csv|xlsx&sep=semicolon|comma` plus the register page's own filters
 * (`q`, `school`, `supplier`, `model`, `status`, `level`): the board's register or all its measures as a file.
 * Only the board in the URL is read, with the register's own right.
 */
export const GET: RequestHandler = async (event) => {
	const parsed = query.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) error(400, 'Bad request');
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const today = todayInNl();
	const { list, format, sep } = parsed.data;
	const sheet = list === 'measures' ? await measuresSheet(event.locals.db, scope, today) : await registerSheet(event.locals.db, scope, parseRegisterQuery(event.url.searchParams), today);
	const body = format === 'xlsx' ? new Uint8Array(await sheetXlsx(sheet)) : new TextEncoder().encode(sheetCsv(sheet, sep));
	const name = `${list === 'measures' ? 'maatregelen' : 'register'}-${ctx.organisation.slug}-${today}.${format}`;
	return new Response(body, {
		headers: {
			'content-type': format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8',
			'content-length': String(body.length),
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};

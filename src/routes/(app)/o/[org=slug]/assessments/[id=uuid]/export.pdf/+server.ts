import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { requireOrg } from '$lib/server/auth/guard';
import { reportRefusal } from '$lib/server/pdf/pool/refusal';
import { exportReport, ReportNotShared } from '$lib/server/services/report-export';
import { NotFound } from '$lib/server/services/scope';
import type { RequestHandler } from './$types';

const query = z.object({
	report: z.enum(['full', 'gmr']).default('full'),
	lang: z.enum(['nl', 'en']).default('nl'),
	version: z.coerce.number().int().positive().optional()
});

/** `?report=full|gmr&lang=nl|en&version=N`: one report of one version as a PDF download. */
export const GET: RequestHandler = async (event) => {
	const parsed = query.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) error(400, 'Bad request');
	const ctx = await requireOrg(event, parsed.data.report === 'full' ? 'register.read' : 'shared.read');
	let result;
	try {
		result = await exportReport(event.locals.db, { organisationId: ctx.organisation.id, role: ctx.role }, event.params.id, parsed.data);
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		if (cause instanceof ReportNotShared) error(403, 'Forbidden');
		const refusal = reportRefusal(cause, `/o/${event.params.org}/assessments/${event.params.id}`);
		if (refusal) return refusal;
		throw cause;
	}
	return new Response(new Uint8Array(result.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(result.pdf.length),
			'content-disposition': `attachment; filename="${result.fileName}"`,
			// personal data: never kept by a shared cache or the browser's back/forward store
			'cache-control': 'private, no-store'
		}
	});
};

import { error, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { DOCX_TYPE } from '../docx';
import type { Capability } from '$lib/domain/roles';
import type { OrgContext } from '../auth/guard';
import type { ReportFormat } from '../pdf';
import { reportRefusal } from '../pdf/pool/refusal';
import { exportReport, ReportNotShared } from '../services/report-export';
import { NotFound } from '../services/scope';

const query = z.object({
	report: z.enum(['full', 'gmr']).default('full'),
	lang: z.enum(['nl', 'en']).default('nl'),
	version: z.coerce.number().int().positive().optional()
});

const TYPES: Record<ReportFormat, string> = { pdf: 'application/pdf', docx: DOCX_TYPE };

/** What the asked-for report needs: the (G)MR report shared.read, the full dossier (and anything else) register.read. */
export const reportCapability = (url: URL): Capability => (url.searchParams.get('report') === 'gmr' ? 'shared.read' : 'register.read');

/**
 * `?report=full|gmr&lang=nl|en&version=N`: one report of one version as a download, PDF or Word. Both
 * formats answer to the same rules: the full dossier needs register.read, the (G)MR report shared.read.
 */
export async function reportDownload(event: RequestEvent<{ org: string; id: string }>, format: ReportFormat, ctx: OrgContext): Promise<Response> {
	const parsed = query.safeParse(Object.fromEntries(event.url.searchParams));
	if (!parsed.success) error(400, 'Bad request');
	let result;
	try {
		result = await exportReport(event.locals.db, { organisationId: ctx.organisation.id, role: ctx.role }, event.params.id, { ...parsed.data, format });
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		if (cause instanceof ReportNotShared) error(403, 'Forbidden');
		const refusal = reportRefusal(cause, `/o/${event.params.org}/assessments/${event.params.id}`);
		if (refusal) return refusal;
		throw cause;
	}
	return new Response(new Uint8Array(result.pdf), {
		headers: {
			'content-type': TYPES[format],
			'content-length': String(result.pdf.length),
			'content-disposition': `attachment; filename="${result.fileName}"`,
			// personal data: never kept by a shared cache or the browser's back/forward store
			'cache-control': 'private, no-store'
		}
	});
}

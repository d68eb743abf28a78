import { requireOrg } from '$lib/server/auth/guard';
import { reportCapability, reportDownload } from '$lib/server/http/report-download';
import type { RequestHandler } from './$types';

/** `?report=full|gmr&lang=nl|en&version=N`: the same report as an editable Word file. */
export const GET: RequestHandler = async (event) => {
	const ctx = await requireOrg(event, reportCapability(event.url));
	return reportDownload(event, 'docx', ctx);
};

import { reportDownload } from '$lib/server/http/report-download';
import type { RequestHandler } from './$types';

/** `?report=full|gmr&lang=nl|en&version=N`: the same report as an editable Word file. */
export const GET: RequestHandler = (event) => reportDownload(event, 'docx');

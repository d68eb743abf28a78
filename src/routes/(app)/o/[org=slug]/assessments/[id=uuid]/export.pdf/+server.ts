import { reportDownload } from '$lib/server/http/report-download';
import type { RequestHandler } from './$types';

/** `?report=full|gmr&lang=nl|en&version=N`: one report of one version as a PDF download. */
export const GET: RequestHandler = (event) => reportDownload(event, 'pdf');

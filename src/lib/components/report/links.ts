/** Query of the export endpoints (`export.pdf/+server.ts`, `export.docx/+server.ts`) for one report of one version. */
export function reportHref(base: string, report: 'full' | 'gmr', lang: 'nl' | 'en', version: number, format: 'pdf' | 'docx' = 'pdf'): string {
	const endpoint = format === 'docx' ? base.replace(/export\.pdf$/, 'export.docx') : base;
	return `${endpoint}?${new URLSearchParams({ report, lang, version: String(version) })}`;
}

export const REPORT_LANGS = ['nl', 'en'] as const;
export const REPORT_FORMATS = ['pdf', 'docx'] as const;

/** Query of the export endpoint (`export.pdf/+server.ts`) for one report of one version. */
export function reportHref(base: string, report: 'full' | 'gmr', lang: 'nl' | 'en', version: number): string {
	return `${base}?${new URLSearchParams({ report, lang, version: String(version) })}`;
}

export const REPORT_LANGS = ['nl', 'en'] as const;

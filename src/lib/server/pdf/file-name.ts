import type { ReportKind } from './data/types';
import type { ReportLanguage } from './texts';

/** Letters and digits only, accents dropped: a name every file system and mail client takes as it is. */
function slug(text: string): string {
	const plain = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return plain || 'verwerking';
}

/**
 * `DPIA-Snappet-v2-2026-11-22.pdf`: processing, version and day (the sign-off day of a frozen version);
 * the (G)MR report and the English edition say so in the name.
 */
export function reportFileName(kind: ReportKind, lang: ReportLanguage, processing: string, version: number, day: string, extension: 'pdf' | 'docx' = 'pdf'): string {
	const parts = ['DPIA', slug(processing), `v${version}`, ...(kind === 'gmr' ? ['GMR'] : []), ...(lang === 'en' ? ['en'] : []), day];
	return `${parts.join('-')}.${extension}`;
}

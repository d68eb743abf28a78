import type { Localized } from '../catalogue/i18n';

/**
 * One numbering for risks and measures, shared by the app, both reports, the version diff and the audit
 * trail: the place in the DPIA's own register (R1, R2 … and M1, M2 …), in register order. The catalogue
 * id (R01..R15) says where a risk came from, not which risk of this DPIA it is, so it is shown beside the
 * number as secondary information and never in its place.
 */
export function riskNumber(index: number): string {
	return `R${index + 1}`;
}

export function measureNumber(index: number): string {
	return `M${index + 1}`;
}

/** Each record's number by id, in the order given (the register's order). */
export function numbersById(records: readonly { id: string }[], number: (index: number) => string): Map<string, string> {
	return new Map(records.map((r, i) => [r.id, number(i)]));
}

/** "R2 Titel": how a risk is named wherever it is referred to. */
export function numberedTitle(number: string | undefined, title: string): string {
	return number ? `${number} ${title}` : title;
}

const CATALOGUE_WORD: Localized = { nl: 'catalogus', en: 'catalogue' };

/** "catalogus R03": the catalogue id as a secondary reference, worded so it does not read as a risk number. */
export function catalogueReference(catalogueId: string | null, locale: keyof Localized): string | null {
	return catalogueId ? `${CATALOGUE_WORD[locale]} ${catalogueId}` : null;
}

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every user-facing text in the domain catalogues exists in Dutch (default) and English. */
export interface Localized {
	nl: string;
	en: string;
}

export function t(text: Localized, locale: Locale): string {
	return text[locale];
}

import type { Locale } from '../catalogue/i18n';
import { RISK_CATALOGUE } from './catalogue';

/**
 * Risks and measures taken from the catalogue are stored with their text in the language of the person
 * who added them. As long as nobody has edited that text it is still the catalogue's, so a reader sees it
 * in their own language; once a person changes it, it is theirs and shown as written.
 */
export function catalogueRiskTitle(catalogueId: string | null, title: string, locale: Locale): string {
	const entry = catalogueId ? RISK_CATALOGUE.find((r) => r.id === catalogueId) : undefined;
	if (!entry || (title !== entry.label.nl && title !== entry.label.en)) return title;
	return entry.label[locale];
}

const MITIGATIONS = RISK_CATALOGUE.flatMap((r) => r.mitigations.map((m) => m.label));

/** A measure whose title is still a catalogue mitigation's, in the reader's language. */
export function catalogueMeasureTitle(title: string, locale: Locale): string {
	const label = MITIGATIONS.find((l) => l.nl === title || l.en === title);
	return label ? label[locale] : title;
}

import { catalogueMeasureTitle, catalogueRiskTitle } from '$lib/domain/risk/catalogue-text';
import type { ReportLanguage } from '../texts';
import type { ReportSnapshot } from './types';

/**
 * The snapshot as a report in `lang` prints it: risks and measures still worded as the catalogue words
 * them get the catalogue's text in that language (as the app shows them to its reader); a text a person
 * edited is theirs and stays as written. The stored snapshot and its fingerprint are left as they are.
 */
export function inReportLanguage(snapshot: ReportSnapshot, lang: ReportLanguage): ReportSnapshot {
	return {
		...snapshot,
		risks: snapshot.risks.map((risk) => ({ ...risk, title: catalogueRiskTitle(risk.catalogueId, risk.title, lang) })),
		measures: snapshot.measures.map((measure) => ({ ...measure, title: catalogueMeasureTitle(measure.title, lang) }))
	};
}

import { answersOf, measureViews, riskViews } from '../data/derive';
import type { ReportSnapshot } from '../data/types';
import { answersContext } from '../full/context';
import { verificationContent } from '../full/history';
import { formatMoment } from '../layout/format';
import type { GmrTexts } from '../texts/gmr-types';
import type { ReportTexts } from '../texts/types';
import type { GmrContent } from './content';
import type { GmrContext } from './context';
import { dataSections } from './data';
import { decisionSections } from './decision';
import { openingSections } from './opening';
import { riskSections } from './risks';

/**
 * The (G)MR report's content, spec §7: twelve short sections in plain language, legal terms explained once
 * in the word list. It leaves out security details and vendor documents (WP248 §III.D: a summary is enough).
 * Pure: the same snapshot, texts and moment give the same content.
 */
export function gmrContent(s: ReportSnapshot, texts: ReportTexts, g: GmrTexts, createdAt: Date, fingerprint: string | null): GmrContent {
	const ctx: GmrContext = { ...answersContext(s, answersOf(s), texts), g, s, risks: riskViews(s), measures: measureViews(s) };
	return {
		title: g.title,
		subtitle: g.subtitle(s.processing.name),
		meta: `${s.organisation.name} · ${texts.version(s.version.number)} · ${formatMoment(createdAt.toISOString(), texts)}`,
		intro: g.intro,
		glossary: { title: g.glossaryTitle, entries: g.glossary.map(([term, meaning]) => ({ term, meaning })) },
		sections: [...openingSections(ctx), ...dataSections(ctx), ...riskSections(ctx), ...decisionSections(ctx)],
		verification: verificationContent(s, fingerprint, g.verification, texts)
	};
}

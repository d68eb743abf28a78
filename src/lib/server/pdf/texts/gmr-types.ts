import type { ReportTexts } from './types';

/**
 * The report for the (G)MR, spec §7: plain language (about B1 in Dutch), short sentences, legal terms
 * explained once in the word list. Section titles follow §7's twelve questions.
 */
export interface GmrTexts {
	title: string;
	subtitle: (processing: string) => string;
	forCouncil: string;
	intro: string;
	glossaryTitle: string;
	glossary: [term: string, meaning: string][];
	sections: [string, string, string, string, string, string, string, string, string, string, string, string];
	why: {
		outcomes: Record<'mandatory' | 'recommended' | 'not_required', string>;
		noPrescan: string;
		reasonsIntro: string;
		criteria: (list: string) => string;
		extraChecks: Record<'DTIA_REQUIRED' | 'KIA_RECOMMENDED' | 'IAMA_RECOMMENDED', string>;
	};
	what: {
		uses: (tool: string, vendor: string) => string;
		usesNoVendor: (tool: string) => string;
		reason: string;
		purposes: string;
		people: string;
		schools: string;
		/** For a local DPIA: the model it builds on, and what of it the school took over. */
		model: string;
		basedOn: (system: string, version: number, publisher: string) => string;
		taken: (risks: number, notHere: number, measures: number, changed: number) => string;
	};
	data: { columns: [string, string, string]; classes: Record<string, string>; sensitiveNote: string; none: string };
	access: {
		parties: string;
		roles: Record<string, string>;
		location: string;
		transfer: (mechanism: string) => string;
		foreignLaw: string;
		noForeignLaw: string;
		none: string;
	};
	retention: { period: (period: string) => string; deletion: string; unknown: string };
	basis: { chosen: (basis: string) => string; explanations: Record<string, string>; parentsConsent: string; unknown: string };
	risks: { intro: string; columns: [string, string, string]; none: string; more: (n: number) => string };
	measures: { intro: string; columns: [string, string, string, string]; none: string };
	advice: { verdict: (verdict: string, date: string) => string; none: string; followed: string; deviated: string };
	decision: {
		decided: (decision: string, date: string) => string;
		none: string;
		residual: (level: string) => string;
		apAsked: string;
		apNotAsked: string;
		apNotNeeded: string;
	};
	rights: { text: string[]; channel: string; contact: string; complaint: string };
	ask: { intro: string; items: string[]; review: (date: string) => string; reviewOpen: string };
	verification: ReportTexts['verification'];
}

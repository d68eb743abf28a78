import type { RiskLevel } from '$lib/domain/risk';
import type { VerificationContent } from '../full/history';

/**
 * The (G)MR report as content: what it says, section by section, with no layout. The PDF and the DOCX
 * (render.ts) and the council's web page all render this one model, so they cannot say different things.
 * Plain JSON, so a page load can hand it to the browser as it is.
 */
export type GmrCell = string | { text: string; bold: boolean } | { level: RiskLevel; label: string };

export type GmrBlock =
	| { kind: 'para'; text: string }
	/** A warning the reader must not miss (the vendor answers to a law outside Europe). */
	| { kind: 'strong'; text: string }
	/** A sentence that introduces the list after it. */
	| { kind: 'lead'; text: string }
	| { kind: 'sub'; text: string }
	| { kind: 'bullets'; items: string[] }
	| { kind: 'steps'; items: string[] }
	| { kind: 'note'; text: string }
	/** `caption` names the table for the web page; in the PDF the section heading right above it does. */
	| { kind: 'table'; caption: string; columns: string[]; widths: (number | '*')[]; rows: GmrCell[][] };

export interface GmrSection {
	heading: string;
	/** The PDF starts §7 and §9 on a new page, which keeps the report at 4–6 pages. */
	newPage: boolean;
	blocks: GmrBlock[];
}

export interface GmrContent {
	title: string;
	subtitle: string;
	/** Board, version and date of the report. */
	meta: string;
	intro: string;
	glossary: { title: string; entries: { term: string; meaning: string }[] };
	sections: GmrSection[];
	verification: VerificationContent;
}

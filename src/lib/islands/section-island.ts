import type { DraftInit } from '$lib/components/questionnaire/section-draft.svelte';
import type { AsideFacts } from '$lib/components/questionnaire/QuestionAside.svelte';
import type { SectionProgress } from '$lib/components/questionnaire/progress';
import type { Answers } from '$lib/domain/questionnaire/types';
import type { QuestionnairePage, SectionHeading } from '$lib/domain/questionnaire/view';

/**
 * Pages rendered without SvelteKit's client (csr = false) whose part with behaviour is an island, by route id,
 * with the island's name (scripts/build/islands.ts). SvelteKit's router loads these pages in full.
 */
export const ISLAND_ROUTES: Readonly<Record<string, 'section'>> = { '/(app)/o/[org=slug]/assessments/[id=uuid]/questionnaire/[section]': 'section' };

/** The ids the section page gives its island's parts (section.svelte.ts hydrates them). */
export const SECTION_ISLAND = { props: 'section-island-props', editor: 'section-editor', nav: 'section-nav' } as const;

export interface NavProps {
	base: string;
	sections: readonly SectionHeading[];
	progress: SectionProgress[];
	openComments: Record<string, number>;
	current: string;
}

export interface EditorProps {
	page: QuestionnairePage;
	init: DraftInit & { saved?: boolean; messageKind?: 'error' | 'info' };
	answers: Answers;
	aside: AsideFacts;
	/** Whether the asides show at all (comments, or model answers beside single questions). */
	beside: boolean;
	here: string;
	/** The questions showing an upload on the page now, and those that have documents (uploadQuestions). */
	uploads: string[];
	withDocuments: string[];
	onProgress?: (progress: SectionProgress) => void;
}

export interface SectionIslandProps {
	nav: NavProps;
	editor: EditorProps;
}

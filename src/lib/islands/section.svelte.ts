import { hydrate } from 'svelte';
import SectionNav from '$lib/components/questionnaire/SectionNav.svelte';
import { readIsland } from './read';
import SectionEditor from './SectionEditor.svelte';
import { SECTION_ISLAND, type SectionIslandProps } from './section-island';

/**
 * The questionnaire section's behaviour (autosave, questions that follow the answers, list items, the
 * conflict view), on a page SvelteKit renders without its client: this file and what it imports are all
 * the page's JavaScript. The navigator is hydrated too, so a save updates the section's progress there.
 */
function hydrateSection(): void {
	const found = readIsland<SectionIslandProps>(SECTION_ISLAND.props);
	if (!found) return;
	const nav = $state(found.nav);
	for (const target of document.querySelectorAll(`[data-island="${SECTION_ISLAND.nav}"]`)) hydrate(SectionNav, { target, props: nav });
	const target = document.getElementById(SECTION_ISLAND.editor);
	const onProgress = (progress: SectionIslandProps['nav']['progress'][number]) => {
		nav.progress = nav.progress.map((p) => (p.sectionId === progress.sectionId ? progress : p));
	};
	if (target) hydrate(SectionEditor, { target, props: { ...found.editor, onProgress } });
}

// The parser is often done before the first frame, and a module script then runs before it: hydrating the
// largest section (some 20 ms of script) held back the first paint by as much (issue 24). After the first
// frame it does not; the page already works without it, as plain form posts, for that one frame.
requestAnimationFrame(() => setTimeout(hydrateSection));

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import SectionNav from '$lib/components/questionnaire/SectionNav.svelte';
import { readActionResult } from '$lib/components/questionnaire/section-draft.svelte';
import { questionnairePage } from '$lib/domain/questionnaire/page';
import { islandHtml, islandProps, islandScript } from '$lib/islands/markup';
import { ISLANDS, ISLANDS_MANIFEST, ISLANDS_MODULE, islandsPlugin } from '../../../scripts/build/islands';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The virtual module's code as the plugin gives it to a build (`vite build`) or the dev server (`vite dev`). */
function virtualModule(root: string, command: 'build' | 'serve'): string {
	const plugin = islandsPlugin(root) as Plugin & Record<string, (...args: unknown[]) => unknown>;
	const vitest = process.env.VITEST;
	delete process.env.VITEST;
	try {
		(plugin.configResolved as (config: unknown) => void)({ command });
		const id = (plugin.resolveId as (id: string) => string | null)(ISLANDS_MODULE)!;
		return (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile: () => {} }, id);
	} finally {
		process.env.VITEST = vitest;
	}
}

describe('an island on a page without SvelteKit’s client', () => {
	it('gets its props as JSON that no answer can close early, with dates kept', () => {
		const typed = '</script><script>alert(1)</script>';
		const props = { body: typed, at: new Date('2026-12-07T08:00:00Z') };
		const html = islandProps('island-props', props);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		const text = /^<script type="application\/json" id="island-props">(.*)<\/script>$/s.exec(html)![1]!;
		expect(parse(text)).toEqual(props);
	});

	it('is rendered on its own, starting with the marker hydrate looks for', () => {
		const page = questionnairePage('2', 'nl')!;
		const html = islandHtml(SectionNav, { base: '/o/x/assessments/y/questionnaire', sections: page.outline, progress: [{ sectionId: '2', answered: 1, required: 5 }], current: '2' });
		expect(html.startsWith('<!--[-->')).toBe(true);
		expect(html.endsWith('<!--]-->')).toBe(true);
		expect(html).toContain('1 van 5 beantwoord');
	});

	it('loads the script of the reader’s language', () => {
		expect(islandScript('/_app/immutable/islands/section.abc.js', 'nl')).toBe('<script type="module" src="/_app/immutable/islands/section.abc.js"></script>');
		expect(islandScript('/_app/immutable/islands/section.abc.js', 'en')).toBe('<script type="module" src="/_app/immutable/en/islands/section.abc.js"></script>');
	});

	it('reads an action’s answer as SvelteKit sends it', () => {
		const data = { kind: 'save', revision: 3, progress: { sectionId: '2', answered: 2, required: 5 }, at: new Date(0) };
		const result = readActionResult(JSON.stringify({ type: 'success', status: 200, data: stringify(data) }));
		expect(result).toEqual({ type: 'success', status: 200, data });
		expect(readActionResult(JSON.stringify({ type: 'redirect', status: 303, location: '/login' }))).toEqual({ type: 'redirect', status: 303, location: '/login' });
	});

	it('is found by the app build through the island build’s manifest, by the dev server from its source, and is absent without a build', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'dpia-islands-'));
		dirs.push(root);
		expect(virtualModule(root, 'build')).toBe('export const islandScripts = {};');
		expect(virtualModule(root, 'serve')).toBe(`export const islandScripts = ${JSON.stringify({ section: `/${ISLANDS.section}` })};`);
		mkdirSync(path.join(root, path.dirname(ISLANDS_MANIFEST)), { recursive: true });
		writeFileSync(path.join(root, ISLANDS_MANIFEST), JSON.stringify({ section: '/_app/immutable/islands/section.abc.js' }));
		expect(virtualModule(root, 'build')).toBe('export const islandScripts = {"section":"/_app/immutable/islands/section.abc.js"};');
	});
});

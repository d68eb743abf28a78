import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltApp } from './instance';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}

const containing = (dir: string, text: string) => filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes(text));

// rootRenderPlugin (src/lib/server/render/vite-plugin.ts) works only as long as SvelteKit's generated root keeps
// importing svelte/legacy: a SvelteKit upgrade that changes that would silently bring back the per-page hidden classes.
describe('the built server renders pages through RootRenderResult', () => {
	beforeAll(() => requireBuiltApp());

	it('has it in the server build, where the root component lives', () => {
		const files = containing('build/server', 'class RootRenderResult');
		expect(files).toHaveLength(1);
		expect(readFileSync(files[0]!, 'utf8')).toContain('constructor.render = ');
	});

	it('keeps it out of the browser build', () => {
		expect(containing('build/client', 'RootRenderResult')).toEqual([]);
	});
});

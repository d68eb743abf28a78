import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Islands: pages that SvelteKit renders with `csr = false` (no router, no framework chunk) and that still
 * need behaviour in one part. Each island is a small client entry (src/lib/islands/<name>.svelte.ts), built on
 * its own by vite.islands.config.ts so it carries only the part of Svelte it uses.
 */
export const ISLANDS = { section: 'src/lib/islands/section.svelte.ts' } as const;
export type IslandName = keyof typeof ISLANDS;

/** Where the island build writes: into `static`, so SvelteKit copies it, adapter-node compresses it and serves it as immutable. */
export const ISLANDS_DIR = 'static/_app/immutable/islands';
/** The island build's file names, read by the app build (ISLANDS_MODULE). */
export const ISLANDS_MANIFEST = '.svelte-kit/islands.json';

/** The virtual module that tells the server each island's script, as `/_app/immutable/islands/<file>`. */
export const ISLANDS_MODULE = 'virtual:dpia-islands';
const RESOLVED = '\0' + ISLANDS_MODULE;

/**
 * In a build: the scripts the island build wrote. In `vite dev`: the entry's source, which the dev server
 * compiles. In tests that import a page without a build: none, and the page works as a plain form.
 */
export function islandsPlugin(root = process.cwd()): Plugin {
	let serve = false;
	return {
		name: 'dpia-wijzer:islands',
		configResolved(config) {
			serve = config.command === 'serve' && !process.env.VITEST;
		},
		resolveId: (id) => (id === ISLANDS_MODULE ? RESOLVED : null),
		load(id) {
			if (id !== RESOLVED) return null;
			const file = path.join(root, ISLANDS_MANIFEST);
			const scripts: Record<string, string> = serve
				? Object.fromEntries(Object.entries(ISLANDS).map(([name, entry]) => [name, `/${entry}`]))
				: existsSync(file)
					? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
					: {};
			if (!serve && existsSync(file)) this.addWatchFile(file);
			return `export const islandScripts = ${JSON.stringify(scripts)};`;
		}
	};
}

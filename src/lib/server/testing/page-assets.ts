import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ISLAND_ROUTES } from '$lib/islands/section-island';

export interface PageAssets {
	route: string;
	/**
	 * Every JS file a cold visit fetches: SvelteKit's start-up and root error page, each layout's and the page's
	 * node, their static imports; on a page without SvelteKit's client, its island's script (src/lib/islands).
	 */
	js: string[];
	css: string[];
	/** gzip -6 of those JS files together, counted file by file as the browser receives them. */
	jsGzipBytes: number;
	/** Whether SvelteKit's client runs on the page (csr = false leaves out its scripts). */
	csr: boolean;
}

const list = (source: string, name: string): string[] => JSON.parse(new RegExp(`export const ${name} = (\\[.*?\\]);`).exec(source)?.[1] ?? '[]') as string[];

/**
 * What each page of a build (`.svelte-kit/output` after `npm run build`) makes the browser fetch, read from the
 * server manifest SvelteKit renders pages with: the same lists that become the page's modulepreload links.
 */
export function pageAssets(output = '.svelte-kit/output', islandsManifest = '.svelte-kit/islands.json'): PageAssets[] {
	const islands = JSON.parse(readFileSync(islandsManifest, 'utf8')) as Record<string, string>;
	const server = path.join(output, 'server');
	const manifest = readFileSync(path.join(server, 'manifest.js'), 'utf8');
	const node = (n: number) => {
		const source = readFileSync(path.join(server, 'nodes', `${n}.js`), 'utf8');
		// csr = false in the page's universal file or its server file
		const modules = [...source.matchAll(/import \* as (?:universal|server) from '([^']+)'/g)].map((match) => match[1]!);
		const csrOff = modules.some((file) => /\bcsr = false\b/.test(readFileSync(path.join(server, 'nodes', file), 'utf8')));
		return { imports: list(source, 'imports'), stylesheets: list(source, 'stylesheets'), csrOff };
	};
	// SvelteKit's client loads the root layout and the root error page as it starts, whatever the page.
	const start = [...list(manifest.replace(/client: \{.*?imports:(\[.*?\]).*$/m, 'export const imports = $1;'), 'imports'), ...node(1).imports];
	const gzipped = new Map<string, number>();
	const gzip = (file: string) => gzipped.get(file) ?? gzipped.set(file, gzipSync(readFileSync(path.join(output, 'client', file))).length).get(file)!;
	const pages: PageAssets[] = [];
	for (const match of manifest.matchAll(/id: "([^"]+)",\n.*\n.*\n\s*page: \{ layouts: \[([\d,]*)\], errors: \[[\d,]*\], leaf: (\d+) \}/g)) {
		const chain = [...match[2]!.split(',').filter(Boolean), match[3]!].map(Number).map(node);
		const csr = !chain.at(-1)!.csrOff;
		const island = Object.hasOwn(ISLAND_ROUTES, match[1]!) ? islands[ISLAND_ROUTES[match[1]!]!]?.slice(1) : undefined;
		const js = csr ? [...new Set([...start, ...chain.flatMap((n) => n.imports)])] : island ? [island] : [];
		const css = [...new Set(chain.flatMap((n) => n.stylesheets))];
		pages.push({ route: match[1]!, js, css, csr, jsGzipBytes: js.reduce((sum, file) => sum + gzip(file), 0) });
	}
	return pages;
}

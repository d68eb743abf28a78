import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

/**
 * What every page loads: SvelteKit's start-up (its start entry), the root layout's imports, and what an
 * organisation's page shares with a page in another part of the app (see routeGroup).
 */
export const FRAMEWORK_CHUNK = 'framework';
/** The organisation layout, and what an organisation's page without room for another request shares (chunkPlan). */
export const ORGANISATION_CHUNK = 'organisation';
const ORGANISATION = '(app)/o';
/** What the pages outside an organisation (sign-in, setup, account) share. */
export const OUTSIDE_CHUNK = 'outside';

/** SvelteKit's start-up entry: it only re-exports the router, so the framework chunk can be that file itself. */
const startEntry = (id: string) => /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/.test(id.replaceAll('\\', '/'));
/** The layout of every organisation page (`(app)/o/[org]/+layout.svelte`): the organisation chunk can be its file. */
const organisationLayout = (file: string) => /\/src\/routes\/\(app\)\/o\/[^/]+\/\+layout\.svelte$/.test(file.replaceAll('\\', '/'));

const everyPage = (entry: string) => /\/(\.svelte-kit\/generated\/client-optimized\/(app|nodes\/0)|@sveltejs\/kit\/src\/runtime\/client\/entry)\.js$/.test(entry.replaceAll('\\', '/'));

/**
 * For each module, the roots (client entries, or modules loaded with import()) that load it through static
 * imports. A dynamic import starts a chunk loaded later, so the walk stops there.
 */
export function entriesByModule(roots: Iterable<string>, info: (id: string) => Rollup.ModuleInfo | null): Map<string, Set<string>> {
	const reached = new Map<string, Set<string>>();
	for (const root of roots) {
		const stack = [root];
		while (stack.length) {
			const id = stack.pop()!;
			const set = reached.get(id) ?? new Set<string>();
			if (set.has(root)) continue;
			set.add(root);
			reached.set(id, set);
			stack.push(...(info(id)?.importedIds ?? []));
		}
	}
	return reached;
}

/**
 * The part of the app a route file belongs to: the login pages, the account pages, an organisation's pages,
 * or the root.
 */
export function routeGroup(file: string): string {
	const [first = '', second = ''] = (file.replaceAll('\\', '/').split('/src/routes/')[1] ?? '').split('/').slice(0, -1);
	return first === '(app)' ? `${first}/${second}` : first;
}

/** The route file a client entry (a SvelteKit node) stands for, or '' for SvelteKit's own entries. */
const routeOf = (entry: string, info: (id: string) => Rollup.ModuleInfo | null) => {
	const files = info(entry)?.importedIds.filter((i) => i.includes('/src/routes/')) ?? [];
	// a node imports its component and, when there is one, its +page.ts or +layout.ts
	return files.find((file) => file.endsWith('.svelte')) ?? files[0] ?? '';
};

/**
 * Whether a page sends no JavaScript (`export const csr = false` in its +page.ts or +page.server.ts):
 * SvelteKit still builds its browser code, but no browser loads it, so it must not decide what others share.
 */
export function csrOff(routeFile: string, read: (file: string) => string | null = readOrNull): boolean {
	if (!/\+page\.(svelte|ts|js)$/.test(routeFile)) return false;
	const dir = path.dirname(routeFile);
	return ['+page.ts', '+page.js', '+page.server.ts', '+page.server.js'].some((file) => /export const csr = false\b/.test(read(path.join(dir, file)) ?? ''));
}

function readOrNull(file: string): string | null {
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * The organisation's pages that get no room for one more request: the admin pages, which load the admin layout
 * on top of the organisation's, and the questionnaire section, the heaviest page, whose code issue 24 budgets.
 * What they share with other pages goes into the organisation chunk; what only other pages share, into a chunk
 * those pages load besides.
 */
const fullPage = (route: string) => /\/\(app\)\/o\/[^/]+\/(admin\/|assessments\/[^/]+\/questionnaire\/\[section\]\/\+page\.svelte$)/.test(route.replaceAll('\\', '/'));

/** Union-find over string keys: modules that some page needs together end up under one root. */
function unionFind() {
	const parent = new Map<string, string>();
	const find = (key: string): string => {
		const up = parent.get(key) ?? key;
		if (up === key) return key;
		const root = find(up);
		parent.set(key, root);
		return root;
	};
	return { find, union: (a: string, b: string) => void parent.set(find(a), find(b)) };
}

/**
 * Each module's chunk (a name for manualChunks; undefined leaves it with the one entry that loads it).
 * - FRAMEWORK: SvelteKit's start-up entry, what every page loads, and what an organisation's page shares with a
 *   page elsewhere.
 * - OUTSIDE: what the pages outside an organisation share among themselves.
 * - ORGANISATION: the organisation layout (its entry's file), and what an organisation page without room for one
 *   more request (fullPage) shares with another page.
 * - `shared-N`: what other organisation pages share, cut into pieces no page needs two of (the modules one page
 *   uses together are one piece), so such a page loads at most one.
 * - `page:<entry>`: a module only one page that runs JavaScript uses but a page with csr = false imports too, kept
 *   with its page's entry instead of a chunk of its own.
 * - `lazy:<module>`: what a module loaded with import() needs and no page loads up front.
 */
export function chunkPlan(moduleIds: string[], info: (id: string) => Rollup.ModuleInfo | null, pageOff: (route: string) => boolean = csrOff): Map<string, string> {
	const entries = moduleIds.filter((id) => info(id)?.isEntry);
	const running = entries.filter((entry) => !pageOff(routeOf(entry, info)));
	const all = entriesByModule(entries, info);
	const reached = entriesByModule(running, info);
	// A module a page loads with import() counts as used by that page, but what only such modules need is their
	// own chunk: the page fetches it when it shows those parts, and that costs one request.
	// (SvelteKit's own dynamic imports, such as its error template, are left to Rollup.)
	const lazyRoots = moduleIds.filter((id) => !info(id)?.isEntry && info(id)?.dynamicImporters.some((importer) => !/\/(node_modules|\.svelte-kit)\//.test(importer)));
	const lazyReached = entriesByModule(lazyRoots, info);
	const owners = new Map(lazyRoots.map((root) => [root, new Set(info(root)!.dynamicImporters.flatMap((importer) => [...(reached.get(importer) ?? [])]))]));
	const plan = new Map<string, string>();
	const extra: [string, Set<string>][] = [];
	const home = (entry: string) => (info(entry)?.importedIds.some(organisationLayout) ? ORGANISATION_CHUNK : `page:${entry}`);
	for (const id of moduleIds) {
		const statics = reached.get(id);
		const lazies = lazyReached.get(id);
		const users = new Set([...(statics ?? []), ...[...(lazies ?? [])].flatMap((root) => [...owners.get(root)!])]);
		if (startEntry(id)) plan.set(id, FRAMEWORK_CHUNK);
		else if (info(id)?.isEntry && info(id)?.importedIds.some(organisationLayout)) plan.set(id, ORGANISATION_CHUNK);
		else if (!users.size || info(id)?.isEntry) continue;
		else if ([...users].some(everyPage)) plan.set(id, FRAMEWORK_CHUNK);
		else if (!statics) plan.set(id, `lazy:${[...lazies!].sort().join('+')}`);
		else if (users.size === 1) {
			const [entry] = users as Set<string> & [string];
			// Rollup puts an unassigned module into the chunk of a module that imports it: name its page's chunk.
			if ((all.get(id)?.size ?? 0) > 1 || lazies) plan.set(id, home(entry)).set(entry, home(entry));
		} else {
			const routes = [...users].map((entry) => routeOf(entry, info));
			const groups = new Set(routes.map(routeGroup));
			// Outside an organisation there are a handful of small pages (setup, account): what they share is a
			// chunk of their own, so that an organisation's page does not carry their forms.
			if (!groups.has(ORGANISATION)) plan.set(id, OUTSIDE_CHUNK);
			else if (groups.size > 1) plan.set(id, FRAMEWORK_CHUNK);
			else if (routes.some(fullPage)) plan.set(id, ORGANISATION_CHUNK);
			else extra.push([id, users]);
		}
	}
	const pieces = unionFind();
	for (const [id, users] of extra) for (const entry of users) pieces.union(`module:${id}`, `entry:${entry}`);
	const names = new Map<string, string>();
	for (const [id] of extra) {
		const root = pieces.find(`module:${id}`);
		plan.set(id, names.get(root) ?? names.set(root, `shared-${names.size + 1}`).get(root)!);
	}
	return plan;
}

/**
 * Rollup's default splits the browser code into a chunk per set of routes sharing it: 26–33 files per page,
 * each a request (and a line of the Link header). Here a page loads SvelteKit's two entries, its layouts,
 * itself, the root error page (SvelteKit loads it up front), the framework chunk, on an organisation's pages the
 * organisation chunk, and on some of those one `shared-N` chunk (chunkPlan). A module only one route uses stays
 * with that route.
 *
 * Each shared chunk also takes in one entry that every page of its kind loads (SvelteKit's start-up, the
 * organisation layout), so that entry's file is the chunk itself rather than one more request for a few bytes
 * of re-exports. That needs Rollup to let an entry's file export more than the entry does: SvelteKit asks for
 * `strict`, `allow-extension` keeps every export the entry has, and nothing reads a node's other exports.
 */
export function clientChunksPlugin(): Plugin {
	let client = false;
	let plan: Map<string, string> | null = null;
	return {
		name: 'dpia-wijzer:client-chunks',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			plan = null;
		},
		options(options) {
			return client ? { ...options, preserveEntrySignatures: 'allow-extension' } : null;
		},
		outputOptions(options) {
			if (!client) return null;
			return {
				...options,
				manualChunks(id, { getModuleIds, getModuleInfo }) {
					plan ??= chunkPlan([...getModuleIds()], getModuleInfo);
					return plan.get(id);
				}
			};
		}
	};
}

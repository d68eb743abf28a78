import type { Plugin, Rollup } from 'vite';

/**
 * What every page loads: SvelteKit's start-up (its start and app entries), the root layout's imports, and
 * whatever pages of more than one part of the app (see routeGroup) need.
 */
export const FRAMEWORK_CHUNK = 'framework';
/** What two or more of an organisation's pages need and the framework does not have. */
export const ORGANISATION_CHUNK = 'organisation';
const ORGANISATION = '(app)/o';

/** SvelteKit's start-up entry: it only re-exports the router, so the framework chunk can be that file itself. */
const startEntry = (id: string) => /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/.test(id.replaceAll('\\', '/'));
/** The layout of every organisation page (`(app)/o/[org]/+layout.svelte`): the organisation chunk can be its file. */
const organisationLayout = (file: string) => /\/src\/routes\/\(app\)\/o\/[^/]+\/\+layout\.svelte$/.test(file.replaceAll('\\', '/'));

const everyPage = (entry: string) => /\/(\.svelte-kit\/generated\/client-optimized\/(app|nodes\/0)|@sveltejs\/kit\/src\/runtime\/client\/entry)\.js$/.test(entry.replaceAll('\\', '/'));

/**
 * For each module, the client entries that load it through static imports. A dynamic import starts a chunk
 * loaded later, so the walk stops there.
 */
export function entriesByModule(moduleIds: Iterable<string>, info: (id: string) => Rollup.ModuleInfo | null): Map<string, Set<string>> {
	const reached = new Map<string, Set<string>>();
	for (const entry of moduleIds) {
		if (!info(entry)?.isEntry) continue;
		const stack = [entry];
		while (stack.length) {
			const id = stack.pop()!;
			const set = reached.get(id) ?? new Set<string>();
			if (set.has(entry)) continue;
			set.add(entry);
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

/**
 * Rollup's default splits the browser code into a chunk per set of routes sharing it: 26–33 files per page,
 * each a request (and a line of the Link header). Here a page loads SvelteKit's two entries, its layouts,
 * itself, the root error page (SvelteKit loads it up front), the framework chunk (every page's code) and, on an
 * organisation's pages, the organisation chunk. A module only
 * one route uses stays with that route. The price: a page loads some shared code it does not run (about
 * 8 kB gzipped on an organisation's pages), which the browser then has for every other page.
 *
 * Each shared chunk also takes in one entry that every page of its kind loads (SvelteKit's start-up, the
 * organisation layout), so that entry's file is the chunk itself rather than one more request for a few bytes
 * of re-exports. That needs Rollup to let an entry's file export more than the entry does: SvelteKit asks for
 * `strict`, `allow-extension` keeps every export the entry has, and nothing reads a node's other exports.
 */
export function clientChunksPlugin(): Plugin {
	let client = false;
	let reached: Map<string, Set<string>> | null = null;
	return {
		name: 'dpia-wijzer:client-chunks',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			reached = null;
		},
		options(options) {
			return client ? { ...options, preserveEntrySignatures: 'allow-extension' } : null;
		},
		outputOptions(options) {
			if (!client) return null;
			return {
				...options,
				manualChunks(id, { getModuleIds, getModuleInfo }) {
					reached ??= entriesByModule(getModuleIds(), getModuleInfo);
					const entries = reached.get(id);
					if (startEntry(id)) return FRAMEWORK_CHUNK;
					if (getModuleInfo(id)?.isEntry && getModuleInfo(id)?.importedIds.some(organisationLayout)) return ORGANISATION_CHUNK;
					if (!entries || getModuleInfo(id)?.isEntry) return undefined;
					if ([...entries].some(everyPage)) return FRAMEWORK_CHUNK;
					if (entries.size === 1) return undefined;
					const groups = new Set([...entries].map((entry) => routeGroup(getModuleInfo(entry)?.importedIds.find((i) => i.includes('/src/routes/')) ?? '')));
					// Outside an organisation there are a handful of small pages (login, setup, account): what two of
					// them share is a few messages, not worth a request of its own.
					return groups.size === 1 && groups.has(ORGANISATION) ? ORGANISATION_CHUNK : FRAMEWORK_CHUNK;
				}
			};
		}
	};
}

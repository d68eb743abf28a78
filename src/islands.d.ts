/** Each island's built script, as scripts/build/islands.ts provides it; empty where nothing was built. */
declare module 'virtual:dpia-islands' {
	export const islandScripts: Partial<Record<'section', string>>;
}

import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT_COMPONENT = fileURLToPath(new URL('./root-component.ts', import.meta.url));

/** Whether an import is SvelteKit's generated root (`.svelte-kit/generated/root.js`) asking for svelte/legacy. */
export function isGeneratedRootLegacyImport(source: string, importer: string | undefined): boolean {
	return source === 'svelte/legacy' && (importer ?? '').replaceAll('\\', '/').endsWith('/.svelte-kit/generated/root.js');
}

/**
 * Points the server build's generated root at ./root-component.ts instead of svelte/legacy (why: see
 * there). Only that one import, and only for the server: the browser keeps svelte/legacy's class API.
 */
export function rootRenderPlugin(): Plugin {
	return {
		name: 'dpia-wijzer:root-render',
		enforce: 'pre',
		resolveId(source, importer, options) {
			return options?.ssr && isGeneratedRootLegacyImport(source, importer) ? ROOT_COMPONENT : null;
		}
	};
}

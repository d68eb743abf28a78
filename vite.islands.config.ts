import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { directMessagesPlugin } from './scripts/build/direct-messages';
import { ISLANDS, ISLANDS_DIR, ISLANDS_MANIFEST } from './scripts/build/islands';
import { localeSplitPlugin } from './scripts/build/locale-split';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const OUT = here('./static');

/**
 * The islands' browser code (scripts/build/islands.ts), built before the app: `npm run build` runs this
 * first. Each language gets its own copy (locale-split), like the app's own scripts.
 */
export default defineConfig({
	plugins: [
		svelte({ compilerOptions: { css: 'external' }, emitCss: false }),
		directMessagesPlugin(here('./src/lib/paraglide/messages')),
		localeSplitPlugin(here('./src/lib/paraglide')),
		{
			name: 'dpia-wijzer:islands-manifest',
			buildStart() {
				// only the island build writes under static/_app (ignored by git): last build's files go
				rmSync(path.join(OUT, '_app'), { recursive: true, force: true });
			},
			writeBundle(_options, bundle) {
				const entries = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
				const scripts = Object.fromEntries(entries.map((chunk) => [chunk.name, `/${chunk.fileName}`]));
				mkdirSync(path.dirname(here(`./${ISLANDS_MANIFEST}`)), { recursive: true });
				writeFileSync(here(`./${ISLANDS_MANIFEST}`), JSON.stringify(scripts));
			}
		}
	],
	resolve: { alias: { $lib: here('./src/lib'), $messages: here('./src/lib/paraglide/messages.js') } },
	publicDir: false,
	build: {
		outDir: OUT,
		emptyOutDir: false,
		target: 'es2022',
		modulePreload: false,
		rollupOptions: {
			input: Object.fromEntries(Object.entries(ISLANDS).map(([name, entry]) => [name, here(`./${entry}`)])),
			output: {
				entryFileNames: `${ISLANDS_DIR.replace(/^static\//, '')}/[name].[hash].js`,
				chunkFileNames: `${ISLANDS_DIR.replace(/^static\//, '')}/[name].[hash].js`
			}
		}
	}
});

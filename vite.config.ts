import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { clientChunksPlugin } from './scripts/build/client-chunks';
import { directMessagesPlugin } from './scripts/build/direct-messages';
import { islandsPlugin } from './scripts/build/islands';
import { localeSplitPlugin } from './scripts/build/locale-split';
import { rootRenderPlugin } from './src/lib/server/render/vite-plugin';

export default defineConfig({
	plugins: [
		tailwindcss(),
		rootRenderPlugin(),
		clientChunksPlugin(),
		islandsPlugin(),
		directMessagesPlugin(fileURLToPath(new URL('./src/lib/paraglide/messages', import.meta.url))),
		localeSplitPlugin(fileURLToPath(new URL('./src/lib/paraglide', import.meta.url))),
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale'],
			// One module per message, so a page ships only the messages it uses. The plugin's default outside
			// production is one module per locale; a test or dev run that recompiles then would leave a later
			// build with every message of both languages (+23 KB gzip on every page).
			outputStructure: 'message-modules'
		})
	],
	server: { port: 5173 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/lib/domain/**/*.spec.ts', 'src/lib/utils/**/*.spec.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/lib/server/**/*.spec.ts', 'src/routes/**/*.spec.ts', 'tests/integration/**/*.spec.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});

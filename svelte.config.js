import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// SvelteKit adds nonces/hashes for its own inline scripts; everything else must come from our origin.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		// The form-origin (CSRF) check is ours, in src/lib/server/http/origin-handle.ts: SvelteKit's compares
		// against adapter-node's https://<Host> guess, which refuses every form when ORIGIN is not set.
		csrf: { trustedOrigins: ['*'] },
		// The stylesheet (26 kB, 5 kB compressed) goes inside the HTML: one request fewer and nothing blocking the
		// first paint. Navigations after the first fetch data, not HTML, so it is not sent again.
		inlineStyleThreshold: 64 * 1024,
		alias: {
			$messages: 'src/lib/paraglide/messages.js'
		},
		// The benchmarks and the release fixture (scripts/*.ts) import the app's modules: `npm run check` type-checks
		// them with it, so a change in the app cannot leave them broken unseen (the release fixture once was).
		typescript: {
			config: (tsconfig) => ({ ...tsconfig, include: [...tsconfig.include, '../scripts/**/*.ts'] })
		}
	}
};

export default config;

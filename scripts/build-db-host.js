/**
 * Builds the database host that scripts/serve.js runs in the primary process for WORKERS on PGlite
 * (src/lib/server/db/pglite-host.ts) into build/db-host. It runs outside SvelteKit's server bundle, so it
 * gets a build of its own; `npm run build` runs this after `vite build`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	configFile: false,
	root,
	logLevel: 'warn',
	resolve: { alias: { $lib: `${root}src/lib` } },
	build: {
		ssr: 'src/lib/server/db/pglite-host.ts',
		outDir: 'build/db-host',
		emptyOutDir: true,
		target: 'node20',
		sourcemap: true,
		rollupOptions: {
			output: {
				entryFileNames: 'pglite-host.js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				// The database thread loads its worker chunk alone, not the host with drizzle and the schema.
				manualChunks: (id) => (id.endsWith('/pglite-messages.ts') ? 'pglite-messages' : undefined)
			}
		}
	}
});

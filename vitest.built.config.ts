import { defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * The specs that run the built app as real processes on PostgreSQL (tests/built). They are not in the
 * default projects because they need `npm run build` and TEST_DATABASE_URL first; tests/run-all.sh runs
 * them explicitly after the build, and they fail (not skip) when either is missing.
 */
export default defineConfig({
	plugins: base.plugins,
	test: {
		name: 'built',
		environment: 'node',
		include: ['tests/built/**/*.spec.ts'],
		expect: { requireAssertions: true },
		// the files share the argon2 work of the app processes on two cores: one file at a time
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});

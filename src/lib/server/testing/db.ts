import { openDatabase, type Database } from '../db/open';
import { scratchDatabase } from './scratch-database';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close), so the same suite proves both engines.
 */
export async function createTestDatabase(options: { migrate?: boolean; migrationsFolder?: string } = {}): Promise<Database> {
	// `migrate: false` gives an empty database, for tests that build an older schema first (upgrade.spec.ts).
	const migrate = options.migrate ?? true;
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) {
		const opened = await openDatabase({ dataDir: 'memory://', migrationsFolder: options.migrationsFolder });
		if (migrate) await opened.migrate();
		return opened;
	}
	const { url, drop } = await scratchDatabase(serverUrl, 'dpia_test');
	const opened = await openDatabase({ url: url.toString(), poolSize: 4, migrationsFolder: options.migrationsFolder });
	if (migrate) await opened.migrate();
	return {
		...opened,
		close: async () => {
			await opened.close();
			await drop();
		}
	};
}

export function testEngine(): 'pglite' | 'postgres' {
	return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

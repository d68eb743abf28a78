import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/open';
import { scratchDatabase } from '../../src/lib/server/testing/scratch-database';
import { populate, type Populated } from './populate';

export interface BenchDatabase {
	/** Environment for the server: DATA_DIR (PGlite) or DATABASE_URL (PostgreSQL). */
	env: Record<string, string>;
	first: Populated;
	populateSeconds: number;
	cleanup(): Promise<void>;
}

/** A new, migrated and populated database: a PGlite directory, or with `pg` a new database on that server. */
export async function benchDatabase(options: { pg: boolean; orgs: number; dpias: number; socketDir?: string }): Promise<BenchDatabase> {
	const started = performance.now();
	const fill = async (database: Awaited<ReturnType<typeof openDatabase>>) => {
		await database.migrate();
		try {
			return await populate(database.db, { orgs: options.orgs, dpias: options.dpias });
		} finally {
			await database.close();
		}
	};
	if (options.pg) {
		const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
		const { url, drop: cleanup } = await scratchDatabase(adminUrl, 'dpia_bench');
		try {
			const first = await fill(await openDatabase({ url: url.toString(), poolSize: 4 }));
			return { env: { DATABASE_URL: options.socketDir ? throughSocket(url, options.socketDir) : url.toString() }, first, populateSeconds: (performance.now() - started) / 1000, cleanup };
		} catch (error) {
			await cleanup();
			throw error;
		}
	}
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-bench-'));
	const cleanup = async () => rmSync(dir, { recursive: true, force: true });
	try {
		const first = await fill(await openDatabase({ dataDir: path.join(dir, 'data') }));
		return { env: { DATA_DIR: path.join(dir, 'data') }, first, populateSeconds: (performance.now() - started) / 1000, cleanup };
	} catch (error) {
		await cleanup();
		throw error;
	}
}

/** The same database through the server's Unix socket (`?host=`, as the app reads DATABASE_URL). */
function throughSocket(url: URL, socketDir: string): string {
	const local = new URL(url);
	local.hostname = 'localhost';
	local.port = '';
	local.searchParams.set('host', socketDir);
	return local.toString();
}

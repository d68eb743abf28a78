import { env } from '$env/dynamic/private';
import { startOrphanSweep } from '../documents/orphans';
import { errorFields, log } from '../log';
import type { Schedule } from '../schedule';
import { openDatabase, type Database, type Db } from './open';

export type { Db, Tx, Database } from './open';

/**
 * The process-wide database. It is opened once at start-up (hooks `init`), not per request; it holds
 * no user state, so several app instances can share one PostgreSQL server.
 */
let current: Promise<Database> | undefined;
let orphanSweep: Schedule | undefined;

export function database(): Promise<Database> {
	current ??= (async () => {
		const opened = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data', hosted: env.DPIA_PGLITE_HOSTED === '1' && !env.DATABASE_URL });
		await opened.migrate();
		opened.maintain((error) => log.warn('database upkeep failed; it is tried again at the next interval', errorFields(error)));
		orphanSweep = startOrphanSweep(opened.db, {
			removed: (count) => log.info('removed files that no document points at (a deleted supplier or version, or an upload broken off)', { count }),
			failed: (error) => log.warn('removing files without a document failed; it is tried again at the next interval', errorFields(error))
		});
		return opened;
	})();
	return current;
}

export async function db(): Promise<Db> {
	return (await database()).db;
}

export async function closeDatabase(): Promise<void> {
	if (!current) return;
	const opened = await current;
	current = undefined;
	await orphanSweep?.stop();
	orphanSweep = undefined;
	await opened.close();
}

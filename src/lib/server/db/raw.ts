import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './open';

/**
 * Runs raw SQL and returns its rows on either engine: PGlite answers `{ rows }`, postgres.js an array.
 * Only for what drizzle's query builder cannot say (backup, health check).
 */
export async function rawRows<T = Record<string, unknown>>(db: Db | Tx, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown;
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}

import { repeat, type Schedule } from '../schedule';

/** How often PGlite's tables are vacuumed while the app runs (and once at start-up). */
export const UPKEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface UpkeepClient {
	query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
	exec(text: string): Promise<unknown>;
}

/**
 * VACUUM (ANALYZE) of every table of the app, which PostgreSQL's autovacuum would do as tables change and
 * PGlite has none to do. Without it the row versions that updates leave behind (sessions, answers) are
 * never reused, so tables only grow; the visibility map stays empty, so every index-only scan reads the
 * table as well (the register's school and measure lookups); and the planner's statistics stay as they
 * were. VACUUM skips pages it found all-visible last time, so after the first pass it reads little.
 *
 * One table at a time, each its own statement: PGlite answers one statement at a time, and requests that
 * arrive meanwhile run between two tables instead of waiting for all of them. Not on a database without
 * processings: statistics saying "no rows" would mislead the planner as it fills.
 */
export async function vacuumTables(client: UpkeepClient): Promise<void> {
	const { rows } = await client.query<{ filled: boolean }>('select exists (select 1 from processings) as filled');
	if (!rows[0]?.filled) return;
	const tables = await client.query<{ name: string }>(`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by tablename`);
	for (const { name } of tables.rows) await client.exec(`vacuum (analyze) ${name}`);
}

export type Upkeep = Schedule;

/** Runs `vacuumTables` every `intervalMs`; a pass that fails is reported and the next one runs as planned. */
export function startUpkeep(client: UpkeepClient, onError: (error: unknown) => void, intervalMs = UPKEEP_INTERVAL_MS): Upkeep {
	return repeat(() => vacuumTables(client).catch(onError), intervalMs);
}

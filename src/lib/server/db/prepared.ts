import type { Db } from './open';

const perDatabase = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query drizzle builds once per database and from then on only runs, for the few that nearly every
 * request runs (its session, its memberships): drizzle spends more CPU building the SQL text of such a
 * small query than the database spends answering it.
 */
export function preparedQuery<T>(db: Db, name: string, build: () => T): T {
	let queries = perDatabase.get(db);
	if (!queries) perDatabase.set(db, (queries = new Map()));
	let query = queries.get(name) as T | undefined;
	if (query === undefined) queries.set(name, (query = build()));
	return query;
}

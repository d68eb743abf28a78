import type { Db, Tx } from './open';

const perDatabase = new WeakMap<Db | Tx, Map<string, unknown>>();

/**
 * A query drizzle builds once per database and from then on only runs, for the ones that nearly every
 * page runs (the session, the register's page, the current version of a DPIA): drizzle spends more CPU
 * building the SQL text of such a query than the database spends answering it. Values go in as
 * `sql.placeholder`s. Given a transaction, the query is built once for that transaction.
 */
export function preparedQuery<T>(db: Db | Tx, name: string, build: () => T): T {
	let queries = perDatabase.get(db);
	if (!queries) perDatabase.set(db, (queries = new Map()));
	let query = queries.get(name) as T | undefined;
	if (query === undefined) queries.set(name, (query = build()));
	return query;
}

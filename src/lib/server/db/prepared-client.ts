import type { Sql } from 'postgres';

type Callback = (sql: Sql) => unknown;

/**
 * The postgres.js client drizzle is given: every query prepared, and transactions on a client of their own.
 *
 * Prepared: drizzle asks postgres.js not to prepare its queries (unless one is given a name), and
 * postgres.js then sends each query that has parameters twice: once to learn the parameter types, and
 * once, after that answer, to run it. Prepared, the types are learnt once per connection and query text,
 * so a query is one round trip and PostgreSQL parses and plans it once. The statements are kept per
 * connection, and postgres.js closes each connection after 30-60 minutes, so the many texts an
 * `in (...)` list can make do not pile up.
 *
 * Transactions apart: `statements` is meant to hold one connection, on which postgres.js pipelines the
 * queries of concurrent requests, sent together in one write and answered in one read. A transaction
 * holds its connection until it ends, so it would stall that pipeline; `begin` takes one of the
 * `transactions` pool instead. A query outside the transaction that runs while one is open (a repository
 * given `db` where `tx` was meant) then still finds a connection, however many transactions are open.
 */
export function preparing(statements: Sql, transactions: Sql = statements): Sql {
	return new Proxy(statements, {
		get(target, key, receiver) {
			if (key === 'unsafe') {
				return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
					target.unsafe(query, params as never, { ...options, prepare: true });
			}
			// A transaction or savepoint hands its callback a client of its own: prepare that one's queries too.
			if (key === 'begin' || key === 'savepoint') {
				const owner = (key === 'begin' ? transactions : target) as unknown as Record<string, (...a: unknown[]) => unknown>;
				return (...args: unknown[]) => {
					const callback = args.pop() as Callback;
					return owner[key]!(...args, (inner: Sql) => callback(preparing(inner)));
				};
			}
			return Reflect.get(target, key, receiver);
		}
	});
}

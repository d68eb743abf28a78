import type { Sql } from 'postgres';

type Callback = (sql: Sql) => unknown;

/**
 * The postgres.js client with every query prepared. drizzle asks postgres.js not to prepare its queries
 * (unless one is given a name), and postgres.js then sends each query that has parameters twice: once to
 * learn the parameter types, and once, after that answer, to run it. Prepared, the types are learnt once
 * per connection and query text, so a query is one round trip and PostgreSQL parses and plans it once.
 * The statements are kept per connection, and postgres.js closes each connection after 30-60 minutes, so
 * the many texts an `in (...)` list can make do not pile up.
 */
export function preparing(sql: Sql): Sql {
	return new Proxy(sql, {
		get(target, key, receiver) {
			if (key === 'unsafe') {
				return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
					target.unsafe(query, params as never, { ...options, prepare: true });
			}
			// A transaction or savepoint hands its callback a client of its own: prepare that one's queries too.
			if (key === 'begin' || key === 'savepoint') {
				return (...args: unknown[]) => {
					const callback = args.pop() as Callback;
					return (target as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!(...args, (inner: Sql) => callback(preparing(inner)));
				};
			}
			return Reflect.get(target, key, receiver);
		}
	});
}

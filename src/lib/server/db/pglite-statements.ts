import { parse, protocol, type messages, type PGlite, type Results, type Transaction } from '@electric-sql/pglite';

type BackendMessage = messages.BackendMessage;
type RowDescriptionMessage = messages.RowDescriptionMessage;

const serialize = protocol.serialize;

/** How many query texts keep a prepared statement; the rest are closed, least recently used first. */
export const STATEMENT_CACHE_SIZE = 300;
/**
 * How long a statement keeps its plan. PGlite runs no autovacuum, so nothing tells a cached plan that a
 * table has grown: a plan made while `sessions` was empty would scan it whole for as long as the process
 * runs. A statement prepared again is planned on the table's size at that moment.
 */
export const PLAN_MAX_AGE_MS = 5 * 60 * 1000;

// Only plain data statements are worth a name: DDL and session commands run once and go the usual way.
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
// PostgreSQL re-plans a named statement after DDL by itself, except when the rows it returns change shape.
const RESULT_TYPE_CHANGED = '0A000';

interface Statement {
	name: string;
	preparedAt: number;
	paramTypes: number[];
	/** What the statement returns; null for a statement without rows (an insert without returning). */
	row: RowDescriptionMessage | null;
}

export interface QueryOptions {
	rowMode?: 'array' | 'object';
	blob?: unknown;
	paramTypes?: unknown;
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * Named prepared statements on PGlite's one connection. PGlite's own `query` parses, plans and describes
 * every query anew in six calls into the engine, and planning asks the file system for the size of every
 * table and index it touches. A named statement is parsed once and, once PostgreSQL settles on a generic
 * plan, planned once (for at most `PLAN_MAX_AGE_MS`): each later run is one call (bind, execute, sync),
 * about half the CPU of PGlite's `query`.
 *
 * Runs under PGlite's own locks, so it interleaves with its `query`, `exec` and transactions as they do
 * with each other.
 */
export class StatementCache {
	readonly #pg: PGlite;
	readonly #now: () => number;
	readonly #statements = new Map<string, Statement>();
	#named = 0;

	/** `now`: the clock that ages plans (tests pass their own). */
	constructor(pg: PGlite, now: () => number = Date.now) {
		this.#pg = pg;
		this.#now = now;
	}

	get size(): number {
		return this.#statements.size;
	}

	/** `tx`: the PGlite transaction this query is part of, which already holds the transaction lock. */
	async query<T>(text: string, params: unknown[] = [], options: QueryOptions = {}, tx?: Transaction): Promise<Results<T>> {
		if (!PREPARABLE.test(text) || options.blob !== undefined || options.paramTypes !== undefined) {
			return (tx ?? this.#pg).query<T>(text, params, { rowMode: options.rowMode });
		}
		const inTransaction = tx !== undefined;
		await this.#pg._checkReady();
		// Outside a transaction a statement whose plan went stale may be run once more; inside, the error aborted it.
		const run = () => this.#pg._runExclusiveQuery(() => this.#runNamed<T>(text, params, options, !inTransaction));
		const result = await (inTransaction ? run() : this.#pg._runExclusiveTransaction(run));
		// PGlite syncs its file system after each query outside a transaction; so do we.
		if (!inTransaction) await this.#pg.syncToFs();
		return result;
	}

	async #runNamed<T>(text: string, params: unknown[], options: QueryOptions, retry: boolean): Promise<Results<T>> {
		let statement = this.#statements.get(text);
		if (statement && this.#now() - statement.preparedAt >= PLAN_MAX_AGE_MS) {
			await this.#close(text, statement);
			statement = undefined;
		}
		statement ??= await this.#prepare(text, params);
		// Map order is the eviction order: a statement just used goes to the back.
		this.#statements.delete(text);
		this.#statements.set(text, statement);
		let messages: BackendMessage[];
		try {
			messages = await this.#pg.execProtocolStream(
				concat([serialize.bind({ statement: statement.name, values: this.#values(statement, params) }), serialize.execute({}), serialize.sync()]),
				{ syncToFs: false }
			);
		} catch (error) {
			if (retry && (error as { code?: string }).code === RESULT_TYPE_CHANGED) {
				await this.#close(text, statement);
				return this.#runNamed<T>(text, params, options, false);
			}
			throw withQuery(error, text, params);
		}
		const described = statement.row ? [statement.row, ...messages] : messages;
		return parse.parseResults(described, this.#pg.parsers, { rowMode: options.rowMode })[0] as Results<T>;
	}

	async #prepare(text: string, params: unknown[]): Promise<Statement> {
		const oldest = this.#statements.size >= STATEMENT_CACHE_SIZE ? this.#statements.entries().next().value : undefined;
		if (oldest) await this.#close(...oldest);
		const name = `dw_${++this.#named}`;
		let messages: BackendMessage[];
		try {
			messages = await this.#pg.execProtocolStream(
				concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
				{ syncToFs: false }
			);
		} catch (error) {
			throw withQuery(error, text, params);
		}
		const row = messages.find((m): m is RowDescriptionMessage => m.name === 'rowDescription') ?? null;
		const statement = { name, preparedAt: this.#now(), paramTypes: parse.parseDescribeStatementResults(messages), row };
		this.#statements.set(text, statement);
		return statement;
	}

	async #close(text: string, statement: Statement): Promise<void> {
		this.#statements.delete(text);
		await this.#pg.execProtocolStream(concat([serialize.close({ type: 'S', name: statement.name }), serialize.sync()]), { syncToFs: false });
	}

	/** Parameters as text, each by the type PostgreSQL gave it: what PGlite's `query` does. */
	#values(statement: Statement, params: unknown[]): (string | null)[] {
		return params.map((value, i) => {
			if (value === null || value === undefined) return null;
			const toText = this.#pg.serializers[statement.paramTypes[i]!];
			return toText ? toText(value) : String(value);
		});
	}
}

/** The query and its parameters on the error, as PGlite's own `query` puts them there. */
function withQuery(error: unknown, query: string, params: unknown[]): unknown {
	if (error && typeof error === 'object' && 'severity' in error) Object.assign(error, { query, params });
	return error;
}

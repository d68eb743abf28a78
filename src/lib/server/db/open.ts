import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDirLock } from './lock';
import { connectPgliteHost } from './pglite-host-client';
import { startPgliteThread, type PgliteThread } from './pglite-thread';
import { startUpkeep, vacuumTables, type Upkeep } from './pglite-upkeep';
import { preparing } from './prepared-client';
import * as schema from './schema';

export type Schema = typeof schema;
/** Both engines share this type: repositories never know which one they talk to. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle, usable wherever a Db is. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** Where the data lives, for messages: a directory, `memory://` or the server URL without password. */
	location: string;
	migrate(): Promise<void>;
	/** Starts the upkeep the engine lacks (PGlite: a periodic VACUUM, `pglite-upkeep.ts`); `close` stops it. */
	maintain(onError: (error: unknown) => void): void;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** postgres://… : use a PostgreSQL server instead of the embedded PGlite. */
	url?: string;
	/** PGlite data directory, or `memory://` for a throwaway database (tests). */
	dataDir?: string;
	migrationsFolder?: string;
	/** Connections per instance for PostgreSQL. */
	poolSize?: number;
	/**
	 * A worker of `WORKERS` on PGlite: the primary process holds the data directory and has migrated it
	 * (`pglite-host.ts`); this process sends it its queries.
	 */
	hosted?: boolean;
}

export function defaultMigrationsFolder(): string {
	return process.env.MIGRATIONS_DIR ?? path.resolve(process.cwd(), 'drizzle');
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
	if (options.url) return openPostgres(options.url, migrationsFolder, options.poolSize ?? 10);
	if (options.hosted) return openHostedPglite(options.dataDir ?? './data');
	return openPglite(options.dataDir ?? './data', migrationsFolder);
}

/** Where a PGlite database lives: `memory://…` as given, a directory as an absolute path. */
const pgliteLocation = (dataDir: string) => (dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir));

// drizzle uses `query` and `transaction` of a PGlite client, which the thread's client answers alike.
const pgliteDrizzle = (client: PgliteThread) => drizzlePglite({ client: client as never, schema, casing: 'snake_case' }) as unknown as Db;

/** A data directory (or `memory://`) of this process's own; `client` is for the host that shares it with workers. */
export async function openPglite(dataDir: string, migrationsFolder: string, start: (dataDir: string) => Promise<PgliteThread> = startPgliteThread): Promise<Database & { client: PgliteThread }> {
	const inMemory = dataDir.startsWith('memory://');
	let release = () => {};
	if (!inMemory) {
		// PGlite neither creates parent directories nor locks against a second process: both are on us.
		mkdirSync(dataDir, { recursive: true });
		release = acquireDirLock(dataDir);
	}
	let client: PgliteThread;
	try {
		client = await start(pgliteLocation(dataDir));
	} catch (error) {
		release();
		throw error;
	}
	let upkeep: Upkeep | undefined;
	const db = pgliteDrizzle(client);
	return {
		db,
		client,
		kind: 'pglite',
		location: pgliteLocation(dataDir),
		migrate: async () => {
			await migratePglite(db as never, { migrationsFolder });
			// Before the first request: without statistics the planner sorts and joins a whole board where
			// an index would read one page.
			await vacuumTables(client);
		},
		maintain: (onError) => {
			upkeep ??= startUpkeep(client, onError);
		},
		close: async () => {
			try {
				await upkeep?.stop();
				await client.close();
			} finally {
				release();
			}
		}
	};
}

async function openHostedPglite(dataDir: string): Promise<Database> {
	const client = connectPgliteHost();
	return {
		db: pgliteDrizzle(client),
		kind: 'pglite',
		location: pgliteLocation(dataDir),
		// the host migrated the database before it started this worker, and keeps up its upkeep
		migrate: async () => {},
		maintain: () => {},
		close: () => client.close()
	};
}

/** Any fixed number, the same in every instance: pg_advisory_lock's key for "migrating now". */
const MIGRATION_LOCK_KEY = 7_140_605_001;

/**
 * postgres.js options for a URL. A `host` parameter that is a directory names the server's Unix socket, as
 * libpq reads it (`postgres://user@localhost/db?host=/var/run/postgresql`): postgres.js takes the URL's
 * host name over any such parameter and would send it on to the server as a setting. On one machine the
 * socket costs each query less CPU than TCP on 127.0.0.1.
 */
export function postgresTarget(url: string): { url: string; options: { host?: string; max?: number } } {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { url, options: {} };
	}
	const options: { host?: string; max?: number } = {};
	const socketDir = parsed.searchParams.get('host');
	if (socketDir?.startsWith('/')) {
		options.host = socketDir;
		parsed.searchParams.delete('host');
	}
	const max = Number(parsed.searchParams.get('max'));
	if (Number.isInteger(max) && max > 0) options.max = max;
	return { url: parsed.toString(), options };
}

async function openPostgres(given: string, migrationsFolder: string, max: number): Promise<Database> {
	const { url, options: target } = postgresTarget(given);
	const connection = { host: target.host, onnotice: () => {} };
	// One connection pipelines every statement outside a transaction (see `preparing`). Against a pool of
	// 10 for everything, in an interleaved A/B, pages took about 15% less of the app's CPU and 30 to 50% less
	// of PostgreSQL's: fewer writes and reads, and fewer server processes to wake.
	const statements = postgres(url, { ...connection, max: 1 });
	const transactions = postgres(url, { ...connection, max: target.max ?? max });
	const db = drizzlePostgres({ client: preparing(statements, transactions), schema, casing: 'snake_case' }) as unknown as Db;
	// drizzle gives the client it is handed its own parsers (timestamps stay text until drizzle maps them);
	// the transactions' client needs the same, and this is how drizzle sets them.
	drizzlePostgres({ client: transactions });
	return {
		db,
		kind: 'postgres',
		location: redactUrl(given),
		// PostgreSQL's autovacuum does it
		maintain: () => {},
		migrate: async () => {
			// Instances started together on one database would all apply the same migrations, and all but
			// one crash ("already exists"): drizzle's migrator takes no lock. A session advisory lock, held
			// on a one-connection client, lets one migrate while the others wait and then find nothing to do.
			const lockClient = postgres(url, { ...connection, max: 1 });
			try {
				await lockClient.unsafe(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
				await migratePostgres(drizzlePostgres({ client: lockClient, casing: 'snake_case' }) as never, { migrationsFolder });
			} finally {
				// closing the connection releases the lock, also when a migration failed
				await lockClient.end({ timeout: 5 });
			}
		},
		close: async () => {
			await Promise.all([statements.end({ timeout: 5 }), transactions.end({ timeout: 5 })]);
		}
	};
}

export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'postgres://(invalid url)';
	}
}

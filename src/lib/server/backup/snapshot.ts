import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../db';
import { rawRows } from '../db/raw';
import { tablesInInsertOrder } from './tables';

export const BACKUP_FORMAT = 'dpia-wijzer-backup';

const backupSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(1),
	createdAt: z.string(),
	migrations: z.number().int().nonnegative(),
	tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown())))
});
export type Backup = z.infer<typeof backupSchema>;

export class RestoreRefused extends Error {}

/** Tables whose serial ids must continue after the restored rows. */
const SERIAL_IDS = ['audit_log', 'transitions'];

async function appliedMigrations(db: Db | Tx): Promise<number> {
	const [row] = await rawRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
	return row?.n ?? 0;
}

/**
 * One consistent snapshot of every table, read in a single repeatable-read transaction so rows written
 * meanwhile by a running app cannot leave a half-made DPIA in the file. Engine-neutral JSON: a PGlite
 * backup restores into PostgreSQL and back.
 */
export async function takeBackup(db: Db): Promise<Backup> {
	return db.transaction(
		async (tx) => {
			const tables: Backup['tables'] = {};
			for (const name of tablesInInsertOrder()) {
				const [row] = await rawRows<{ rows: Record<string, unknown>[] }>(
					tx,
					sql`select coalesce(json_agg(t), '[]'::json) as rows from ${sql.identifier(name)} t`
				);
				tables[name] = row?.rows ?? [];
			}
			return { format: BACKUP_FORMAT, formatVersion: 1, createdAt: new Date().toISOString(), migrations: await appliedMigrations(tx), tables };
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}

export function parseBackup(text: string): Backup {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new RestoreRefused('the file is not JSON');
	}
	const parsed = backupSchema.safeParse(json);
	if (!parsed.success) throw new RestoreRefused(`the file is not a DPIA Wijzer backup (${parsed.error.issues[0]?.path.join('.') || 'format'})`);
	return parsed.data;
}

async function isEmpty(db: Db | Tx): Promise<boolean> {
	const [row] = await rawRows<{ n: number }>(db, sql`select (select count(*) from users) + (select count(*) from organisations) as n`);
	return Number(row?.n ?? 0) === 0;
}

/**
 * Replaces the whole database with the backup, in one transaction: either everything is restored or
 * nothing changed. A database with data is only overwritten on explicit request (`force`).
 */
export async function restoreBackup(db: Db, backup: Backup, options: { force: boolean }): Promise<{ rows: number }> {
	const order = tablesInInsertOrder();
	const unknown = Object.keys(backup.tables).filter((name) => !order.includes(name));
	if (unknown.length) throw new RestoreRefused(`the backup holds unknown tables: ${unknown.join(', ')}`);
	if (backup.migrations !== (await appliedMigrations(db)))
		throw new RestoreRefused(`the backup was made with ${backup.migrations} migrations, this database has ${await appliedMigrations(db)}`);
	if (!options.force && !(await isEmpty(db))) throw new RestoreRefused('the database is not empty; add --force to overwrite it');
	let rows = 0;
	await db.transaction(async (tx) => {
		// The audit trail refuses deletes by trigger; a restore is the one sanctioned rewrite of history.
		await tx.execute(sql`alter table audit_log disable trigger user`);
		for (const name of [...order].reverse()) await tx.execute(sql`delete from ${sql.identifier(name)}`);
		for (const name of order) {
			const data = backup.tables[name] ?? [];
			if (!data.length) continue;
			await tx.execute(
				sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(data)}::json)`
			);
			rows += data.length;
		}
		await tx.execute(sql`alter table audit_log enable trigger user`);
		for (const name of SERIAL_IDS)
			await tx.execute(
				sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce((select max(id) from ${sql.identifier(name)}), 0) + 1, false)`
			);
	});
	return { rows };
}

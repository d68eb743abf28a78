import { readFile, writeFile } from 'node:fs/promises';
import { parseBackup, restoreBackup, RestoreRefused, takeBackup } from '../../backup/snapshot';
import { parse } from '../args';
import { EXIT, type Command } from '../types';

export const migrate: Command = {
	name: 'migrate',
	usage: 'migrate',
	summary: 'Apply database migrations (the app also does this at start-up)',
	async run(args, io) {
		parse(args, {}, { min: 0, max: 0 });
		// main() migrates every database it opens; reaching this line means it is up to date.
		io.out('Database schema is up to date.');
		return EXIT.ok;
	}
};

export const backup: Command = {
	name: 'backup',
	usage: 'backup <file>',
	summary: 'Write a consistent snapshot of the whole database to a file',
	async run(args, io) {
		const { positionals } = parse(args, {}, { min: 1, max: 1 });
		const file = positionals[0]!;
		const snapshot = await takeBackup(io.db);
		await writeFile(file, JSON.stringify(snapshot), { mode: 0o600 });
		const rows = Object.values(snapshot.tables).reduce((n, t) => n + t.length, 0);
		io.out(`Backup written to ${file} (${rows} rows).`);
		return EXIT.ok;
	}
};

export const restore: Command = {
	name: 'restore',
	usage: 'restore <file> [--force]',
	summary: 'Replace the database with a backup (refuses a non-empty database without --force)',
	async run(args, io) {
		const { positionals, values } = parse(args, { force: { type: 'boolean' } }, { min: 1, max: 1 });
		const file = positionals[0]!;
		try {
			const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
				throw new RestoreRefused(`cannot read ${file} (${error.code ?? error.message})`);
			});
			const { rows } = await restoreBackup(io.db, parseBackup(text), { force: values.force === true });
			io.out(`Restored ${rows} rows from ${file}.`);
			return EXIT.ok;
		} catch (error) {
			if (!(error instanceof RestoreRefused)) throw error;
			io.err(`Restore refused, nothing changed: ${error.message}`);
			return EXIT.refused;
		}
	}
};

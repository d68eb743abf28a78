import { AccountError } from '../services/accounts';
import { openDatabase, type Database } from '../db/open';
import { DataDirInUseError } from '../db/lock';
import { COMMANDS, usage } from './registry';
import { EXIT, UsageError, type CliIo } from './types';

const ACCOUNT_MESSAGES: Record<AccountError['code'], string> = {
	slug_taken: 'an organisation with that slug already exists',
	email_taken: 'a person with that e-mail address already exists',
	no_such_user: 'no person with that e-mail address',
	no_such_organisation: 'no organisation with that slug',
	setup_done: 'set-up has already been done'
};

export interface RunEnv {
	databaseUrl?: string;
	dataDir: string;
	out: (text: string) => void;
	err: (text: string) => void;
	stdin: () => Promise<string>;
}

/** The command line without process globals, so tests can run it against a throwaway database. */
export async function runCli(argv: string[], env: RunEnv, open: () => Promise<Database> = () => defaultOpen(env)): Promise<number> {
	const [name, ...args] = argv;
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		if (name && name !== 'help' && name !== '--help') env.err(`unknown command: ${name}`);
		env.err(usage());
		return name === 'help' || name === '--help' ? EXIT.ok : EXIT.usage;
	}
	let database: Database | undefined;
	try {
		if (command.database !== false) {
			database = await open();
			await database.migrate();
		}
		const io: CliIo = { db: database?.db as CliIo['db'], out: env.out, err: env.err, stdin: env.stdin };
		return await command.run(args, io);
	} catch (error) {
		if (error instanceof UsageError) {
			env.err(`${error.message}\nusage: npm run --silent cli -- ${command.usage}`);
			return EXIT.usage;
		}
		if (error instanceof AccountError) {
			env.err(ACCOUNT_MESSAGES[error.code]);
			return EXIT.refused;
		}
		if (error instanceof DataDirInUseError) {
			env.err(error.message);
			return EXIT.refused;
		}
		throw error;
	} finally {
		await database?.close();
	}
}

function defaultOpen(env: RunEnv): Promise<Database> {
	return openDatabase({ url: env.databaseUrl || undefined, dataDir: env.dataDir, poolSize: 2 });
}

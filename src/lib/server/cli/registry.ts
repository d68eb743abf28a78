import { orgCreate, userCreate, userResetPassword } from './commands/accounts';
import { backup, migrate, restore } from './commands/database';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { modelCommand } from './commands/model';
import { docxCommand, pdfCommand } from './commands/pdf';
import { prescanCommand } from './commands/prescan';
import type { Command } from './types';

export const COMMANDS: readonly Command[] = [
	migrate,
	orgCreate,
	userCreate,
	userResetPassword,
	backup,
	restore,
	prescanCommand,
	exportCommand as Command,
	importCommand as Command,
	pdfCommand,
	docxCommand,
	modelCommand
];

export function usage(): string {
	return [
		'usage: npm run --silent cli -- <command> [arguments]',
		'',
		...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
		'',
		'The database is the one the app uses: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data).'
	].join('\n');
}

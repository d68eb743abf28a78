/**
 * Admin command line: `npm run --silent cli -- <command>`. Runs from a checkout with tsx, no build needed.
 */
import { text } from 'node:stream/consumers';
import { runCli } from './run';

// stdout carries what a command makes (a PDF, an export); log lines must not end up inside it
process.env.LOG_STREAM = 'stderr';

const code = await runCli(process.argv.slice(2), {
	databaseUrl: process.env.DATABASE_URL,
	dataDir: process.env.DATA_DIR || './data',
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`),
	stdin: () => text(process.stdin)
}).catch((error: unknown) => {
	process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
	return 1;
});
process.exitCode = code;

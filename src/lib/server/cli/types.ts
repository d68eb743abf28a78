import type { Db } from '../db';

export interface CliIo {
	db: Db;
	out: (text: string) => void;
	err: (text: string) => void;
	/** Whole standard input, for commands that read `-`. */
	stdin: () => Promise<string>;
}

export interface Command {
	name: string;
	usage: string;
	summary: string;
	/** False for commands that must not open (and lock) the database, such as the pre-scan. */
	database?: boolean;
	run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 done, 1 refused (e.g. a conflict in the data), 2 bad command line or input. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export class UsageError extends Error {}

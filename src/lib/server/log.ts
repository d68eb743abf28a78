/** One JSON line per event, so logs can be searched; never log passwords, tokens or request bodies. */
type Level = 'info' | 'warn' | 'error';

/**
 * The server logs to stdout (errors to stderr). The command line's stdout is its output (a PDF, an
 * export), so it sets `LOG_STREAM=stderr` before anything logs; the variable also reaches its database
 * threads, which log through this module too.
 */
function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
	if (process.env.LOG_LEVEL === 'silent') return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
	if (level === 'error' || process.env.LOG_STREAM === 'stderr') console.error(line);
	else console.log(line);
}

export const log = {
	info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
	warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
	error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields)
};

/**
 * An error as log fields: name, message, the database's own reason, and the stack frames (operators need
 * them; they never go to the browser). Drizzle writes a failed query's parameters into the message, and
 * those can be password hashes, token hashes or e-mail addresses: they are cut, the query text stays.
 */
export function errorFields(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { message: typeof error === 'string' ? error : 'non-Error thrown' };
	const message = error.message.replace(/\nparams: [\s\S]*$/, '\nparams: (not logged)');
	const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	const cause = error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message, code: (error.cause as { code?: unknown }).code } : undefined;
	return { name: error.name, message, cause, stack: frames.join('\n') };
}

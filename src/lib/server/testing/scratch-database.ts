import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * A new, empty database on a PostgreSQL server, for one test file, test run or benchmark, and the way to
 * drop it again (also while connections are still open).
 */
export async function scratchDatabase(serverUrl: string, prefix: string): Promise<{ url: URL; drop: () => Promise<void> }> {
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url,
		drop: async () => {
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end({ timeout: 5 });
		}
	};
}

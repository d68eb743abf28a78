/** The single row an INSERT … RETURNING or an aggregate query always yields. */
export function one<T>(rows: T[]): T {
	const row = rows[0];
	if (row === undefined) throw new Error('expected one row, got none');
	return row;
}

/** The single row an INSERT … RETURNING or an aggregate query always yields. */
export function one<T>(rows: T[]): T {
	const row = rows[0];
	if (row === undefined) throw new Error('expected one row, got none');
	return row;
}

/** A `json` column of a subquery: parsed already by both drivers as they are set up, text on any other. */
export function fromJson<T>(value: unknown): T {
	return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

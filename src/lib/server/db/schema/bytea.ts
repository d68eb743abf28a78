import { customType } from 'drizzle-orm/pg-core';

/**
 * Binary data as a Buffer. PostgreSQL (postgres.js) and PGlite both answer bytea as bytes, but one as a
 * Buffer and the other as a Uint8Array: the read side makes it one type.
 */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	toDriver: (value) => value,
	fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength))
});

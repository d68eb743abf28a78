const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive in URLs and form fields; anything not shaped like a uuid is "not found", never a query. */
export function isUuid(value: string): boolean {
	return UUID.test(value);
}

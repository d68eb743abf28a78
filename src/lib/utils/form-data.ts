/**
 * The text fields of a posted form as plain values: a name the caller says may repeat becomes an array,
 * any other keeps its first value, and files are ignored. NUL characters are dropped: no keyboard types
 * them, and PostgreSQL stores no text or JSON string that holds one, so keeping them would turn a
 * harmless paste into a failed save. Line endings become LF: browsers send a textarea's lines as CRLF
 * (HTML's form encoding), while stored text has LF (the API, imports, earlier saves); left as sent, saving
 * an untouched text would be a change, with an audit entry whose before and after look the same.
 */
export function formStrings(data: FormData, repeats: (name: string) => boolean): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const name of new Set(data.keys())) {
		const all = data.getAll(name).flatMap((v) => (typeof v === 'string' ? [v.replaceAll('\u0000', '').replace(/\r\n?/g, '\n')] : []));
		values[name] = repeats(name) ? all : (all[0] ?? '');
	}
	return values;
}

/**
 * Bounds on an import file, checked before the file is parsed. The largest DPIA the forms let anyone
 * build (150 risks and 50 measures at their maximum lengths, every questionnaire answer at its maximum)
 * exports to about 3.6 MB, so 8 MB refuses nothing real. The deepest real document nests about a dozen
 * levels (a snapshot's list section → item → answer → detail → counts); recursion in `JSON.parse` and
 * in the validation is what deep nesting attacks, so depth is counted on the text first.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
export const MAX_IMPORT_DEPTH = 32;

export type LimitProblem = { code: 'too_large'; max: number } | { code: 'too_deep'; max: number; at: number };

/**
 * The first bound the text breaks, or null. One pass over the characters, skipping string contents,
 * with no recursion, so it is safe on any input JSON.parse would see.
 */
export function checkImportText(text: string): LimitProblem | null {
	// UTF-8 is at most 3 bytes per UTF-16 unit: the cheap test first, the exact count only near the limit
	if (text.length * 3 > MAX_IMPORT_BYTES && Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) return { code: 'too_large', max: MAX_IMPORT_BYTES };
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++; // backslash: the next character is escaped
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > MAX_IMPORT_DEPTH) return { code: 'too_deep', max: MAX_IMPORT_DEPTH, at: i };
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return null;
}

/**
 * Paths of strings (values or keys) holding a NUL character. The forms drop them (PostgreSQL stores no
 * text with one), so a file that carries one is refused with the place instead of failing in the
 * database. Iterative, and only ever run on a value whose depth `checkImportText` bounded.
 */
export function nulPaths(value: unknown, limit = 20): (string | number)[][] {
	const found: (string | number)[][] = [];
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
	while (stack.length && found.length < limit) {
		const { value: v, path } = stack.pop()!;
		if (typeof v === 'string') {
			if (v.includes('\u0000')) found.push(path);
		} else if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
		else if (v && typeof v === 'object')
			for (const [key, item] of Object.entries(v)) {
				if (key.includes('\u0000')) found.push([...path, key]);
				stack.push({ value: item, path: [...path, key] });
			}
	}
	return found;
}

/**
 * Tables written for spreadsheets (register exports). A cell that starts like a formula is made plain
 * text, since a spreadsheet would otherwise run it when the file is opened (CSV/formula injection,
 * OWASP): a leading `=`, `+`, `-`, `@`, tab or carriage return gets an apostrophe in front.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export const CSV_SEPARATORS = { semicolon: ';', comma: ',' } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

export function isCsvSeparator(value: unknown): value is CsvSeparator {
	return value === 'semicolon' || value === 'comma';
}

/** Byte order mark: without it Excel reads a UTF-8 file as the local code page and mangles "ë". */
export const BOM = '\uFEFF';

function csvCell(value: string, separator: string): string {
	const text = neutralise(value);
	return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a BOM and CRLF line ends. Dutch Excel expects ";" between cells (its list separator,
 * since "," is the decimal comma); "," is there for everything else.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator = 'semicolon'): string {
	const sep = CSV_SEPARATORS[separator];
	return BOM + [header, ...rows].map((row) => row.map((cell) => csvCell(cell, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** A CSV text back into rows (quoted cells, doubled quotes, CRLF or LF), for tests and round trips. */
export function parseCsv(text: string, separator: CsvSeparator = 'semicolon'): string[][] {
	const sep = CSV_SEPARATORS[separator];
	const source = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (quoted) {
			if (c === '"' && source[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === sep) row.push(cell), (cell = '');
		else if (c === '\n' || (c === '\r' && source[i + 1] === '\n')) {
			if (c === '\r') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += c;
	}
	if (cell || row.length) rows.push([...row, cell]);
	return rows;
}

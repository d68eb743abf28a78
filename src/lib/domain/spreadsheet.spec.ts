import { describe, expect, it } from 'vitest';
import { BOM, neutralise, parseCsv, toCsv } from './spreadsheet';

describe('spreadsheet cells', () => {
	it('turns every formula-looking start into text and leaves the rest alone', () => {
		for (const bad of ['=1+1', '+31 20', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","klik")']) expect(neutralise(bad)).toBe(`'${bad}`);
		for (const good of ['Snappet', '', ' =not at the start', 'a=b', "'quoted"]) expect(neutralise(good)).toBe(good);
	});

	it('writes CSV with a BOM, CRLF and quotes where needed, and reads it back', () => {
		const rows = [
			['Gebruik; "leerlingen"', 'regel 1\nregel 2', 'Één, twee'],
			['=cmd|calc', ' spaties ', '']
		];
		const csv = toCsv(['Naam', 'Omschrijving', 'Scholen'], rows);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toContain('\r\n');
		expect(parseCsv(csv)).toEqual([['Naam', 'Omschrijving', 'Scholen'], ['Gebruik; "leerlingen"', 'regel 1\nregel 2', 'Één, twee'], ["'=cmd|calc", ' spaties ', '']]);
		const comma = toCsv(['a', 'b'], [['1,5', '2;3']], 'comma');
		expect(comma).toBe(`${BOM}a,b\r\n"1,5",2;3\r\n`);
		expect(parseCsv(comma, 'comma')).toEqual([['a', 'b'], ['1,5', '2;3']]);
	});
});

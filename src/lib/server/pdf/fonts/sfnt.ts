/**
 * Drops tables from a TrueType font (the sfnt container: a directory of tagged tables). Used to remove the
 * OpenType layout tables (GSUB, GPOS, GDEF): shaping Latin text with them costs pdfkit more time per report
 * than the rest of the layout, and for Dutch and English text they only add kerning and ligatures.
 */
export function withoutTables(font: Uint8Array, drop: readonly string[]): Buffer {
	const source = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
	const count = source.readUInt16BE(4);
	const tables = [];
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		const tag = source.toString('latin1', at, at + 4);
		if (drop.includes(tag)) continue;
		tables.push({ tag, checksum: source.readUInt32BE(at + 4), data: source.subarray(source.readUInt32BE(at + 8), source.readUInt32BE(at + 8) + source.readUInt32BE(at + 12)) });
	}
	const header = 12 + tables.length * 16;
	const padded = (n: number) => (n + 3) & ~3;
	const out = Buffer.alloc(header + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
	source.copy(out, 0, 0, 4);
	// searchRange, entrySelector and rangeShift follow from the table count (OpenType spec, table directory)
	const power = 2 ** Math.floor(Math.log2(tables.length));
	out.writeUInt16BE(tables.length, 4);
	out.writeUInt16BE(power * 16, 6);
	out.writeUInt16BE(Math.log2(power), 8);
	out.writeUInt16BE(tables.length * 16 - power * 16, 10);
	let offset = header;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		out.write(t.tag, at, 'latin1');
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += padded(t.data.length);
	});
	return out;
}

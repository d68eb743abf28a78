import { crc32 } from 'node:zlib';

/**
 * Small files of each allowed type whose first bytes are what a real one starts with, for tests of the
 * upload path. The zip-based types (DOCX, XLSX, ODT) are real stored zips with the entry that names them.
 */
function zip(entries: [string, string][]): Uint8Array {
	const local: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, text] of entries) {
		const data = Buffer.from(text, 'utf8');
		const nameBytes = Buffer.from(name, 'utf8');
		const crc = crc32(data);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(0x04034b50, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt32LE(crc, 14);
		head.writeUInt32LE(data.length, 18);
		head.writeUInt32LE(data.length, 22);
		head.writeUInt16LE(nameBytes.length, 26);
		local.push(head, nameBytes, data);
		const dir = Buffer.alloc(46);
		dir.writeUInt32LE(0x02014b50, 0);
		dir.writeUInt16LE(20, 4);
		dir.writeUInt16LE(20, 6);
		dir.writeUInt32LE(crc, 16);
		dir.writeUInt32LE(data.length, 20);
		dir.writeUInt32LE(data.length, 24);
		dir.writeUInt16LE(nameBytes.length, 28);
		dir.writeUInt32LE(offset, 42);
		central.push(dir, nameBytes);
		offset += head.length + nameBytes.length + data.length;
	}
	const dirBytes = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(dirBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...local, dirBytes, end]));
}

const ooxml = (main: string) =>
	zip([
		['[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${main}.main+xml"/></Types>`],
		['main.xml', '<doc>Verwerkersovereenkomst</doc>']
	]);

export const SAMPLE_PDF = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'));
export const SAMPLE_PNG = new Uint8Array(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
export const SAMPLE_JPEG = new Uint8Array(Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex'));
export const SAMPLE_DOCX = ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
export const SAMPLE_XLSX = ooxml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
export const SAMPLE_ODT = zip([
	['mimetype', 'application/vnd.oasis.opendocument.text'],
	['content.xml', '<office:document-content/>']
]);
export const SAMPLE_HTML = new Uint8Array(Buffer.from('<!doctype html><script>alert(1)</script>', 'utf8'));

export function fileOf(bytes: Uint8Array, name: string, type = 'application/octet-stream'): File {
	return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

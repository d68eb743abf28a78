import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '$lib/domain/documents';
import { fileOf, SAMPLE_DOCX, SAMPLE_HTML, SAMPLE_JPEG, SAMPLE_ODT, SAMPLE_PDF, SAMPLE_PNG, SAMPLE_XLSX } from '../testing/sample-documents';
import { checkUpload, DocumentRefused } from './detect';

const refusal = (file: File) => checkUpload(file).then(() => 'stored', (e: unknown) => (e instanceof DocumentRefused ? e.code : String(e)));

describe('upload check', () => {
	it.each([
		['pdf', SAMPLE_PDF, 'application/pdf'],
		['docx', SAMPLE_DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['xlsx', SAMPLE_XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['odt', SAMPLE_ODT, 'application/vnd.oasis.opendocument.text'],
		['png', SAMPLE_PNG, 'image/png'],
		['jpg', SAMPLE_JPEG, 'image/jpeg']
	] as const)('recognises %s from its bytes, whatever the name and the browser say', async (ext, bytes, mime) => {
		const checked = await checkUpload(fileOf(bytes, 'upload.bin', 'text/html'));
		expect(checked.ext).toBe(ext);
		expect(checked.contentType).toBe(mime);
		expect(checked.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(Buffer.from(checked.bytes).equals(Buffer.from(bytes))).toBe(true);
	});

	it('refuses an HTML page called .pdf, an empty file and one over 20 MB', async () => {
		expect(await refusal(fileOf(SAMPLE_HTML, 'scan.pdf', 'application/pdf'))).toBe('type');
		expect(await refusal(fileOf(new Uint8Array(Buffer.from('MZ\x90\x00rest', 'latin1')), 'agreement.docx'))).toBe('type');
		expect(await refusal(fileOf(new Uint8Array(0), 'leeg.pdf'))).toBe('empty');
		const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
		big.set(SAMPLE_PDF);
		expect(await refusal(fileOf(big, 'groot.pdf'))).toBe('too_large');
	});
});

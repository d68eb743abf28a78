import { describe, expect, it } from 'vitest';
import { SAMPLE_DOCX, SAMPLE_HTML, SAMPLE_JPEG, SAMPLE_ODT, SAMPLE_PDF, SAMPLE_PNG, SAMPLE_XLSX } from '../testing/sample-documents';
import { detectType, DocumentRefused } from './detect';

const refusal = (bytes: Uint8Array) => detectType(bytes).then(() => 'accepted', (e: unknown) => (e instanceof DocumentRefused ? e.code : String(e)));

describe('upload type check', () => {
	it.each([
		['pdf', SAMPLE_PDF, 'application/pdf'],
		['docx', SAMPLE_DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['xlsx', SAMPLE_XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		['odt', SAMPLE_ODT, 'application/vnd.oasis.opendocument.text'],
		['png', SAMPLE_PNG, 'image/png'],
		['jpg', SAMPLE_JPEG, 'image/jpeg']
	] as const)('recognises %s from its bytes', async (ext, bytes, mime) => {
		expect(await detectType(bytes)).toEqual({ ext, contentType: mime });
	});

	it('refuses an HTML page and a Windows program, whatever they are called', async () => {
		expect(await refusal(SAMPLE_HTML)).toBe('type');
		expect(await refusal(new Uint8Array(Buffer.from('MZ\x90\x00rest', 'latin1')))).toBe('type');
	});
});

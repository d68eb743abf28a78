import { describe, expect, it } from 'vitest';
import { allowedExtension, contentDisposition, formatSize, MAX_DOCUMENT_BYTES, safeFileName, sizeRefusal } from '.';

describe('document rules', () => {
	it('allows exactly the six listed types', () => {
		expect(allowedExtension('application/pdf')).toBe('pdf');
		expect(allowedExtension('image/jpeg')).toBe('jpg');
		expect(allowedExtension('application/vnd.oasis.opendocument.text')).toBe('odt');
		expect(allowedExtension('text/html')).toBeUndefined();
		expect(allowedExtension('application/x-msdownload')).toBeUndefined();
		expect(allowedExtension(undefined)).toBeUndefined();
	});

	it('refuses empty and over-limit sizes, accepts the limit itself', () => {
		expect(sizeRefusal(0)).toBe('empty');
		expect(sizeRefusal(MAX_DOCUMENT_BYTES)).toBeNull();
		expect(sizeRefusal(MAX_DOCUMENT_BYTES + 1)).toBe('too_large');
	});

	it('drops folders, control and direction characters, and fits the extension to the content', () => {
		expect(safeFileName('C:\\Users\\x\\Verwerkersovereenkomst.pdf', 'pdf')).toBe('Verwerkersovereenkomst.pdf');
		expect(safeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
		expect(safeFileName('foto\u202Egpj.exe', 'png')).toBe('fotogpj.exe.png');
		expect(safeFileName('a\u0000b\nc.docx', 'docx')).toBe('abc.docx');
		expect(safeFileName('scan.JPEG', 'jpg')).toBe('scan.JPEG');
		expect(safeFileName('...', 'odt')).toBe('document.odt');
		expect(safeFileName('.pdf', 'pdf')).toBe('pdf.pdf');
		expect(safeFileName('we<ird>:na|me?.pdf', 'pdf')).toBe('we_ird__na_me_.pdf');
		expect(safeFileName('Cafe\u0301.pdf', 'pdf')).toBe('Caf\u00e9.pdf');
		const long = safeFileName(`${'ä'.repeat(300)}.xlsx`, 'xlsx');
		expect(long.length).toBeLessThanOrEqual(120);
		expect(long.endsWith('.xlsx')).toBe(true);
	});

	it('offers every name as an attachment with an ASCII fallback and the exact UTF-8 name', () => {
		expect(contentDisposition('Overeenkomst "v4"; café.pdf')).toBe(
			`attachment; filename="Overeenkomst _v4__ cafe.pdf"; filename*=UTF-8''Overeenkomst%20%22v4%22%3B%20caf%C3%A9.pdf`
		);
		expect(contentDisposition('日本.pdf')).toMatch(/^attachment; filename="__\.pdf"; filename\*=UTF-8''%E6/);
	});

	it('formats sizes per language', () => {
		expect(formatSize(1536, 'nl')).toBe('1,5 kB');
		expect(formatSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
		expect(formatSize(12, 'en')).toBe('12 B');
	});
});

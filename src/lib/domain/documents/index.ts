/**
 * What may be attached as evidence to a supplier or a DPIA question (issue 21): office documents and images
 * a reader opens without running anything. The type is recognised from the bytes (server/documents/detect),
 * never from the name or the browser's content type.
 */
export const DOCUMENT_TYPES = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	odt: 'application/vnd.oasis.opendocument.text',
	png: 'image/png',
	jpg: 'image/jpeg'
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

/** The allowed types as the refusal names them. */
export const DOCUMENT_TYPE_NAMES = 'PDF, DOCX, XLSX, ODT, PNG, JPEG';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);

/** What a supplier's document is: the evidence a school DPIA asks for in §6 and §8. */
export const SUPPLIER_DOCUMENT_KINDS = ['agreement', 'annex', 'dtia', 'certificate', 'subprocessors', 'other'] as const;
export type SupplierDocumentKind = (typeof SUPPLIER_DOCUMENT_KINDS)[number];

/** The allowed type with this MIME type (as detected), or undefined. */
export function allowedExtension(mime: string | undefined): DocumentExtension | undefined {
	return (Object.keys(DOCUMENT_TYPES) as DocumentExtension[]).find((ext) => DOCUMENT_TYPES[ext] === mime);
}

export type UploadRefusal = 'empty' | 'too_large' | 'type';

/** Size check before the bytes are looked at: empty and too large are refused whatever they hold. */
export function sizeRefusal(size: number): UploadRefusal | null {
	if (size <= 0) return 'empty';
	if (size > MAX_DOCUMENT_BYTES) return 'too_large';
	return null;
}

const MAX_NAME = 120;

/**
 * A file name safe to store, show and offer on download: no folders, no control or direction-changing
 * characters (U+202E makes "gpj.exe" read as "exe.jpg"), no characters Windows refuses, one form of each
 * accented letter (NFC), and an extension that matches the recognised type rather than the one claimed.
 */
export function safeFileName(raw: string, ext: DocumentExtension): string {
	const base = raw.split(/[/\\]/).pop() ?? '';
	let name = base
		.normalize('NFC')
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
		.replace(/[<>:"|?*]/g, '_')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+|[\s.]+$/g, '');
	const stem = name.replace(/\.[^.]*$/, '');
	const current = name.slice(stem.length + 1).toLowerCase();
	const matches = current === ext || (ext === 'jpg' && current === 'jpeg');
	if (!matches) name = `${name || 'document'}.${ext}`;
	if (!stem && matches) name = `document.${ext}`;
	if (name.length > MAX_NAME) {
		const suffix = name.slice(name.lastIndexOf('.'));
		name = Array.from(name.slice(0, name.length - suffix.length)).slice(0, MAX_NAME - suffix.length).join('').trimEnd() + suffix;
	}
	return name;
}

/**
 * The Content-Disposition of a download: always `attachment` (a PDF or image is never opened inside the
 * app's origin), an ASCII name for old clients and the exact UTF-8 name for the rest (RFC 6266, RFC 8187).
 */
export function contentDisposition(fileName: string): string {
	const ascii = fileName
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7e]/g, '_')
		.replace(/["\\;%]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Bytes as the list shows them: "18,4 MB", "312 kB". */
export function formatSize(bytes: number, locale: 'nl' | 'en'): string {
	const fmt = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
	if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${fmt(bytes / 1024)} kB`;
	return `${bytes} B`;
}

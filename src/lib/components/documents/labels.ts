import { formatSize, type SupplierDocumentKind } from '$lib/domain/documents';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

const KIND: Record<SupplierDocumentKind, () => string> = {
	agreement: m.doc_kind_agreement,
	annex: m.doc_kind_annex,
	dtia: m.doc_kind_dtia,
	certificate: m.doc_kind_certificate,
	subprocessors: m.doc_kind_subprocessors,
	other: m.doc_kind_other
};

export const kindLabel = (kind: string) => (KIND[kind as SupplierDocumentKind] ?? m.doc_kind_other)();
export const sizeLabel = (bytes: number) => formatSize(bytes, getLocale() === 'en' ? 'en' : 'nl');

/** Type names as people know them, from the detected content type. */
export function typeLabel(contentType: string): string {
	if (contentType === 'application/pdf') return 'PDF';
	if (contentType.includes('wordprocessingml')) return 'DOCX';
	if (contentType.includes('spreadsheetml')) return 'XLSX';
	if (contentType.includes('opendocument.text')) return 'ODT';
	if (contentType === 'image/png') return 'PNG';
	if (contentType === 'image/jpeg') return 'JPEG';
	return contentType;
}

/** What the file input offers; the server decides by content whatever is chosen. */
export const ACCEPT = '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

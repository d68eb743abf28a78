import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { allowedExtension, sizeRefusal, type DocumentExtension, type UploadRefusal } from '$lib/domain/documents';

export class DocumentRefused extends Error {
	readonly _tag = 'DocumentRefused';
	constructor(readonly code: UploadRefusal) {
		super(`document refused: ${code}`);
	}
}

export interface CheckedUpload {
	bytes: Uint8Array;
	ext: DocumentExtension;
	contentType: string;
	sha256: string;
	rawName: string;
}

/**
 * Reads an uploaded file once and decides what it is from its first bytes (file-type's signatures, which
 * look inside the zip of DOCX/XLSX/ODT). The browser's name and content type are not trusted: a renamed
 * .exe or an HTML page called scan.pdf is refused. Size is checked before anything is read.
 */
export async function checkUpload(file: File): Promise<CheckedUpload> {
	const bySize = sizeRefusal(file.size);
	if (bySize) throw new DocumentRefused(bySize);
	const bytes = new Uint8Array(await file.arrayBuffer());
	const detected = await fileTypeFromBuffer(bytes);
	const ext = allowedExtension(detected?.mime);
	if (!ext || !detected) throw new DocumentRefused('type');
	return { bytes, ext, contentType: detected.mime, sha256: createHash('sha256').update(bytes).digest('hex'), rawName: file.name };
}

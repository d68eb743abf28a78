import { fileTypeFromBuffer } from 'file-type';
import { allowedExtension, type DocumentExtension, type UploadRefusal } from '$lib/domain/documents';

export class DocumentRefused extends Error {
	readonly _tag = 'DocumentRefused';
	constructor(readonly code: UploadRefusal) {
		super(`document refused: ${code}`);
	}
}

export interface DetectedType {
	ext: DocumentExtension;
	contentType: string;
}

/**
 * What a file is, decided from its first bytes (file-type's signatures, which look inside the zip of
 * DOCX/XLSX/ODT for the entry that names the format; `sample` is the first stored chunk, 256 kB, or the
 * whole file when it is smaller). The browser's name and content type are not trusted: a renamed .exe or
 * an HTML page called scan.pdf is refused.
 */
export async function detectType(sample: Uint8Array): Promise<DetectedType> {
	const detected = await fileTypeFromBuffer(sample);
	const ext = allowedExtension(detected?.mime);
	if (!ext || !detected) throw new DocumentRefused('type');
	return { ext, contentType: detected.mime };
}

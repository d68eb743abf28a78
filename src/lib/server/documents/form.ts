import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { DOCUMENT_TYPE_NAMES, MAX_DOCUMENT_MB, type UploadRefusal } from '$lib/domain/documents';
import { m } from '$lib/paraglide/messages';
import { fieldErrors, formValues, safeValues, zodErrorMap, type FieldErrors, type FormValues } from '../forms';

/** The field message for a refused upload: the limit or the allowed types named, as the issue asks. */
export function refusalMessage(code: UploadRefusal | 'missing'): string {
	if (code === 'missing') return m.doc_error_missing();
	if (code === 'empty') return m.doc_error_empty();
	if (code === 'too_large') return m.doc_error_too_large({ mb: MAX_DOCUMENT_MB });
	return m.doc_error_type({ types: DOCUMENT_TYPE_NAMES });
}

export const uploadFailure = (values: FormValues, errors: FieldErrors, form: string) => fail(400, { values: safeValues(values), errors, form });

/**
 * Reads a multipart upload form (works without JavaScript): the file under `file` and the other fields
 * checked against `schema`. A missing file or a bad field is a refusal that echoes the other values.
 */
export async function readUpload<S extends z.ZodType>(request: Request, schema: S, form: string) {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		return { ok: false as const, failure: uploadFailure({}, { file: refusalMessage('missing') }, form) };
	}
	const file = data.get('file');
	data.delete('file');
	const values = formValues(data);
	const parsed = schema.safeParse(values, { error: zodErrorMap() });
	const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
	const chosen = file instanceof File && (file.size > 0 || file.name !== '') ? file : null;
	if (!chosen) errors.file = refusalMessage('missing');
	if (!parsed.success || !chosen) return { ok: false as const, failure: uploadFailure(values, errors, form) };
	return { ok: true as const, file: chosen, data: parsed.data as z.output<S>, values };
}

import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { DOCUMENT_TYPE_NAMES, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB, type UploadRefusal } from '$lib/domain/documents';
import { m } from '$lib/paraglide/messages';
import { fieldErrors, safeValues, zodErrorMap, type FieldErrors, type FormValues } from '../forms';
import { DocumentRefused } from './detect';
import { FileTooLarge, isMultipartForm, multipartParts, MultipartError, type MultipartLimits } from './multipart';
import type { UploadSource } from './stream-store';

/** The field message for a refused upload: the limit or the allowed types named, as the issue asks. */
export function refusalMessage(code: UploadRefusal | 'missing'): string {
	if (code === 'missing') return m.doc_error_missing();
	if (code === 'empty') return m.doc_error_empty();
	if (code === 'too_large') return m.doc_error_too_large({ mb: MAX_DOCUMENT_MB });
	return m.doc_error_type({ types: DOCUMENT_TYPE_NAMES });
}

export const uploadFailure = (values: FormValues, errors: FieldErrors, form: string) => fail(400, { values: safeValues(values), errors, form });

/** Room for the form's other fields and the multipart framing around a file of the largest size. */
const FORM_MARGIN_BYTES = 64 * 1024;

/** An upload form has a few short fields and one file; busboy stops a larger file at the limit. */
const LIMITS: MultipartLimits = { parts: 20, textBytes: 64 * 1024, fileBytes: MAX_DOCUMENT_BYTES };

/** A body the server refused to read (adapter-node's BODY_SIZE_LIMIT, scripts/serve.js): too large. */
const isBodyLimit = (error: unknown) => typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;

type Outcome<T, R> = { ok: true; data: T; values: FormValues; result: R } | { ok: false; failure: ReturnType<typeof uploadFailure>; values: FormValues };

/**
 * Reads a multipart upload form as it arrives (works without JavaScript): the text fields, which the form
 * puts before the file, are checked against `schema`; then `handle` gets the file while it is still
 * streaming in, and stores it. A missing file, a bad field, a refused file (`DocumentRefused`) or a body
 * over the size limit is a refusal beside the file field that echoes the other values; `known` are values
 * the form also put in its address, for when the body cannot be read at all. Other errors of `handle` are
 * the caller's. The rest of the body is always read, so the browser gets the answer.
 */
export async function readUpload<S extends z.ZodType, R>(
	request: Request,
	schema: S,
	form: string,
	handle: (file: UploadSource, data: z.output<S>) => Promise<R>,
	known: FormValues = {}
): Promise<Outcome<z.output<S>, R>> {
	const values: FormValues = { ...known };
	const refuse = (errors: FieldErrors) => ({ ok: false as const, failure: uploadFailure(values, errors, form), values });
	const contentType = request.headers.get('content-type');
	if (!isMultipartForm(contentType) || !request.body) return refuse({ file: refusalMessage('missing') });
	const tooLarge = Number(request.headers.get('content-length')) > MAX_DOCUMENT_BYTES + FORM_MARGIN_BYTES;
	try {
		for await (const part of multipartParts(request.body, contentType, LIMITS)) {
			if (part.kind === 'text') {
				values[part.name] = part.value;
				continue;
			}
			if (part.name !== 'file') continue;
			const parsed = schema.safeParse(values, { error: zodErrorMap() });
			if (!parsed.success) return refuse(fieldErrors(parsed.error));
			if (tooLarge) return refuse({ file: refusalMessage('too_large') });
			if (part.fileName === '') break;
			try {
				return { ok: true, data: parsed.data, values, result: await handle({ fileName: part.fileName, data: part.data }, parsed.data) };
			} catch (error) {
				if (error instanceof DocumentRefused) return refuse({ file: refusalMessage(error.code) });
				if (error instanceof FileTooLarge) return refuse({ file: refusalMessage('too_large') });
				throw error;
			}
		}
	} catch (error) {
		if (isBodyLimit(error)) return refuse({ file: refusalMessage('too_large') });
		if (error instanceof MultipartError) return refuse({ file: refusalMessage('missing') });
		throw error;
	}
	const parsed = schema.safeParse(values, { error: zodErrorMap() });
	return refuse({ ...(parsed.success ? {} : fieldErrors(parsed.error)), file: refusalMessage('missing') });
}

import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { en as zodEn, nl as zodNl } from 'zod/locales';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formStrings } from '$lib/utils/form-data';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;
export interface FormFailure {
	values: FormValues;
	errors: FieldErrors;
	/** A message about the whole form rather than one field. */
	message?: string;
}

/** zod's built-in messages in the request's language; schema-specific messages are lazy `m.*()` calls. */
export function zodErrorMap(): z.core.$ZodErrorMap {
	return getLocale() === 'en' ? zodEn().localeError : zodNl().localeError;
}

/** Turns a FormData into plain values (`formStrings`); a `multi` name that was not sent is an empty array. */
export function formValues(data: FormData, multi: readonly string[] = []): FormValues {
	const values: FormValues = formStrings(data, (name) => multi.includes(name));
	for (const key of multi) values[key] ??= [];
	return values;
}

export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.') || '_form';
		errors[key] ??= issue.message;
	}
	return errors;
}

const SECRET_FIELDS = /password|token|secret/i;

/** Echoed values never include passwords: the browser must not get them back in the page. */
export function safeValues(values: FormValues): FormValues {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

/**
 * Validates a form post against one zod schema. On failure it returns the `fail(400)` to hand back, with
 * every submitted value (passwords excepted) and one message per field, so nothing typed is lost.
 */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S,
	options: { multi?: readonly string[] } = {}
): Promise<{ ok: true; data: z.output<S>; values: FormValues } | { ok: false; failure: ActionFailure<FormFailure> }> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		return { ok: false, failure: fail(400, { values: {}, errors: {}, message: m.form_unreadable() }) };
	}
	const values = formValues(data, options.multi);
	const result = schema.safeParse(values, { error: zodErrorMap() });
	if (result.success) return { ok: true, data: result.data, values };
	return { ok: false, failure: fail(400, { values: safeValues(values), errors: fieldErrors(result.error) }) };
}

export function formFailure(status: number, values: FormValues, errors: FieldErrors, message?: string) {
	return fail(status, { values: safeValues(values), errors, message });
}

import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { exportSchema, FORMAT_VERSION, type DpiaExport } from './format';
import { checkImportText, nulPaths } from './limits';
import { ImportRefused, problemsOf, type Problem } from './refusal';

/** Enough to fix a file by; past this the rest is usually the same mistake again. */
const MAX_PROBLEMS = 30;

const MB = 1024 * 1024;

/**
 * A parsed JSON value checked against a versioned format (the exchange file, a model DPIA): another
 * format version, a NUL character anywhere, or what the schema refuses; the problems name each place
 * with its path.
 */
export function validateDocument<T>(value: unknown, schema: z.ZodType<T>, formatVersion: number): T {
	if (typeof value === 'object' && value !== null && 'formatVersion' in value && value.formatVersion !== formatVersion) {
		const found = JSON.stringify(value.formatVersion) ?? 'undefined';
		throw new ImportRefused([{ path: ['formatVersion'], say: (locale) => m.import_format_version({ found, expected: formatVersion }, { locale }) }]);
	}
	const nul: Problem[] = nulPaths(value).map((path) => ({ path, say: (locale) => m.import_nul({}, { locale }) }));
	if (nul.length) throw new ImportRefused(nul);
	const parsed = schema.safeParse(value, { reportInput: true });
	if (!parsed.success) throw new ImportRefused(problemsOf(parsed.error.issues).slice(0, MAX_PROBLEMS));
	return parsed.data;
}

/**
 * A file's text to a checked document. Size and nesting are checked on the text before anything parses
 * it, so neither a huge nor a deeply nested file reaches recursion that could exhaust memory or stack.
 */
export function parseDocumentText<T>(text: string, validate: (value: unknown) => T): T {
	const limit = checkImportText(text);
	if (limit?.code === 'too_large') throw new ImportRefused([{ path: [], say: (locale) => m.import_too_large({ max: limit.max / MB }, { locale }) }]);
	if (limit?.code === 'too_deep') throw new ImportRefused([{ path: [], say: (locale) => m.import_too_deep({ max: limit.max, at: limit.at }, { locale }) }]);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ImportRefused([{ path: [], say: (locale) => m.import_not_json({}, { locale }) }]);
	}
	return validate(value);
}

export const validateExport = (value: unknown): DpiaExport => validateDocument(value, exportSchema, FORMAT_VERSION);

export const parseExportText = (text: string): DpiaExport => parseDocumentText(text, validateExport);

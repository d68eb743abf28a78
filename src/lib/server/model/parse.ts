import { createHash } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import { checkImportText, nulPaths } from '../exchange/limits';
import { ImportRefused, problemsOf, type Problem } from '../exchange/refusal';
import { MODEL_FORMAT_VERSION, modelSchema, type ModelDocument } from './format';

export { ImportRefused as ModelRefused } from '../exchange/refusal';

const MAX_PROBLEMS = 30;
const MB = 1024 * 1024;

/** A parsed JSON value checked against the model format; refusals name each place by its JSON path. */
export function validateModel(value: unknown): ModelDocument {
	if (typeof value === 'object' && value !== null && 'formatVersion' in value && value.formatVersion !== MODEL_FORMAT_VERSION) {
		const found = JSON.stringify(value.formatVersion) ?? 'undefined';
		throw new ImportRefused([{ path: ['formatVersion'], say: (locale) => m.import_format_version({ found, expected: MODEL_FORMAT_VERSION }, { locale }) }]);
	}
	const nul: Problem[] = nulPaths(value).map((path) => ({ path, say: (locale) => m.import_nul({}, { locale }) }));
	if (nul.length) throw new ImportRefused(nul);
	const parsed = modelSchema.safeParse(value, { reportInput: true });
	if (!parsed.success) throw new ImportRefused(problemsOf(parsed.error.issues).slice(0, MAX_PROBLEMS));
	return parsed.data;
}

/**
 * A model file's text to a checked document, with the exchange import's bounds: size and nesting are
 * checked on the text before `JSON.parse` sees it.
 */
export function parseModelText(text: string): ModelDocument {
	const limit = checkImportText(text);
	if (limit?.code === 'too_large') throw new ImportRefused([{ path: [], say: (locale) => m.import_too_large({ max: limit.max / MB }, { locale }) }]);
	if (limit?.code === 'too_deep') throw new ImportRefused([{ path: [], say: (locale) => m.import_too_deep({ max: limit.max, at: limit.at }, { locale }) }]);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ImportRefused([{ path: [], say: (locale) => m.import_not_json({}, { locale }) }]);
	}
	return validateModel(value);
}

/** Keys sorted at every level, so the same model written with another key order hashes the same. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.filter((k) => k !== '$schema')
				.sort()
				.map((k) => [k, canonical((value as Record<string, unknown>)[k])])
		);
	return value;
}

/** Fingerprint of a model's content: tells "this version again" from "another text under the same version number". */
export function modelHash(doc: ModelDocument): string {
	return createHash('sha256').update(JSON.stringify(canonical(doc))).digest('hex');
}

import { createHash } from 'node:crypto';
import { parseDocumentText, validateDocument } from '../exchange/parse';
import { MODEL_FORMAT_VERSION, modelSchema, type ModelDocument } from './format';

export { ImportRefused as ModelRefused } from '../exchange/refusal';

/** A parsed JSON value checked against the model format; refusals name each place by its JSON path. */
export const validateModel = (value: unknown): ModelDocument => validateDocument(value, modelSchema, MODEL_FORMAT_VERSION);

/** A model file's text to a checked document, with the exchange import's bounds on size and nesting. */
export const parseModelText = (text: string): ModelDocument => parseDocumentText(text, validateModel);

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

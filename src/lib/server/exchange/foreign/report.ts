import { jsonPath } from '../refusal';

type Key = string | number;

/** One field of a foreign file that has no place in our DPIA: where it was, and what it held. */
export interface Unmapped {
	path: string;
	/** The foreign tool's own name for the place, where its paths alone say little (a CNIL question number). */
	hint?: string;
	value: string;
}

/** What an import from another tool carried over, what it had to assume, and what it left behind. */
export interface ForeignReport {
	format: ForeignFormat;
	/** Values that the source does not give but our DPIA requires, each said in words (both languages). */
	assumptions: { path: string; nl: string; en: string }[];
	unmapped: Unmapped[];
}

export const FOREIGN_FORMATS = ['cnil', 'par'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

/**
 * Keys that only keep the other tool's books (its database ids, record times, ordering); they say nothing
 * about the processing, so the report leaves them out instead of listing hundreds of them.
 */
const BOOKKEEPING = new Set(['id', 'pia_id', 'created_at', 'updated_at', 'lock_version', 'reference_to', 'placeholder', '_index', 'lastEditedAt', 'dbVersion', 'tableName', 'serverUrl', 'objectStore', 'numberOfQuestions', '$schema', 'urn', 'createdAt']);

/** A value's text as a person reads it in a report; long texts are kept whole (the note is their only home). */
function show(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
	return JSON.stringify(value);
}

function isBlank(value: unknown): boolean {
	return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
}

/**
 * Keeps the source places a mapping used, and from them the fields it did not: every leaf of the source
 * (a list of plain values counts as one) that is neither used, nor blank, nor bookkeeping. A field the
 * mapping never heard of, from a newer version of the other tool, is therefore reported, not lost.
 */
export class Tracker {
	private readonly used = new Set<string>();
	/** target place (our format) → source place, so a refusal of a mapped value names the field in the file */
	readonly trace = new Map<string, Key[]>();

	use(path: Key[]): void {
		this.used.add(jsonPath(path));
	}

	/** `source` was carried to `target` in our document. */
	carry(source: Key[], target: Key[]): void {
		this.use(source);
		this.trace.set(jsonPath(target), source);
	}

	unmapped(root: unknown, hint: (path: Key[]) => string | undefined): Unmapped[] {
		const found: Unmapped[] = [];
		const walk = (value: unknown, path: Key[]) => {
			if (this.used.has(jsonPath(path))) return;
			const last = path[path.length - 1];
			if (typeof last === 'string' && BOOKKEEPING.has(last)) return;
			if (isBlank(value)) return;
			const leaf = typeof value !== 'object' || (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'));
			if (leaf) {
				const where = hint(path);
				found.push({ path: jsonPath(path), ...(where ? { hint: where } : {}), value: show(value) });
			} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
			else for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(item, [...path, key]);
		};
		walk(root, []);
		return found;
	}

	/** The source place of a problem found in the mapped document, or the place itself when it has none. */
	sourceOf(path: Key[]): Key[] | null {
		for (let n = path.length; n > 0; n--) {
			const source = this.trace.get(jsonPath(path.slice(0, n)));
			if (source) return source;
		}
		return null;
	}
}

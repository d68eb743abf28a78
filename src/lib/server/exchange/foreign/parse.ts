import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import type { DpiaExport } from '../format';
import { parseDocumentText, validateExport } from '../parse';
import { ImportRefused, jsonPath, problemsOf } from '../refusal';
import { nulPaths } from '../limits';
import { cnilHint, cnilSchema, mapCnil } from './cnil';
import { draftExport, draftPlace } from './draft';
import { mapPar, parHint, parSchema, PAR_URN } from './par';
import type { ForeignFormat, ForeignReport } from './report';

export interface ForeignImport {
	doc: DpiaExport;
	report: ForeignReport;
}

export interface ForeignOptions {
	/** The uploaded file's name: PAR has no name for the processing, so the file gives it. */
	fileName: string;
	locale: 'nl' | 'en';
	now?: Date;
}

const GENERATOR: Record<ForeignFormat, string> = { cnil: 'CNIL PIA', par: 'PAR DPIA 3.0' };

/**
 * A UUID from the file's bytes, as the imported DPIA's source id: importing the same file again is then
 * refused as a duplicate (unless a copy is asked for), exactly like a second import of our own export.
 */
function sourceId(text: string): string {
	const hex = createHash('sha256').update(text).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function claimed(format: ForeignFormat, value: unknown): void {
	const looks = typeof value === 'object' && value !== null && !Array.isArray(value);
	const fits = looks && (format === 'cnil' ? 'pia' in value && 'answers' in value : 'metadata' in value && 'answers' in value);
	if (!fits) throw new ImportRefused([{ path: [], say: (locale) => m.import_foreign_wrong_format({ format: GENERATOR[format] }, { locale }) }]);
	if (format === 'par') {
		const urn = (value as { metadata?: { urn?: unknown } }).metadata?.urn;
		if (urn !== PAR_URN) {
			const found = JSON.stringify(urn) ?? 'undefined';
			throw new ImportRefused([{ path: ['metadata', 'urn'], say: (locale) => m.import_foreign_version({ found, expected: PAR_URN }, { locale }) }]);
		}
	}
}

/**
 * A CNIL PIA export or a PAR DPIA output as an exchange document, with the report of what did not map.
 * The text passes the same size and depth bounds as our own import before it is parsed; the file is held
 * to its own format's shape (refused with the JSON path and reason); the mapped document is then held to
 * our exchange schema, and a value it refuses (a text too long for our field) is named by its place in
 * the file. Nothing is stored here: the caller imports the document in one transaction.
 */
export function parseForeignText(text: string, format: ForeignFormat, options: ForeignOptions): ForeignImport {
	const now = (options.now ?? new Date()).toISOString();
	return parseDocumentText(text, (value) => {
		claimed(format, value);
		const nul = nulPaths(value);
		if (nul.length) throw new ImportRefused(nul.map((path) => ({ path, say: (locale) => m.import_nul({}, { locale }) })));
		const schema = format === 'cnil' ? cnilSchema : parSchema;
		const parsed = schema.safeParse(value, { reportInput: true });
		if (!parsed.success) throw new ImportRefused(problemsOf(parsed.error.issues).slice(0, 30));
		const name = options.fileName.replace(/\.json$/i, '').trim().slice(0, 200) || GENERATOR.par;
		const mapped = format === 'cnil' ? mapCnil(parsed.data as never, options.locale, now) : mapPar(parsed.data as never, name);
		const doc = draftExport(mapped.draft, { assessment: sourceId(text), next: randomUUID }, GENERATOR[format], now);
		let checked: DpiaExport;
		try {
			checked = validateExport(doc);
		} catch (error) {
			if (!(error instanceof ImportRefused)) throw error;
			// name the field of the file the refused value came from, where there is one
			const seen = new Set<string>();
			const problems = error.problems.map((problem) => {
				const place = draftPlace(doc, problem.path);
				const source = place ? mapped.tracker.sourceOf(place) : null;
				return source ? { ...problem, path: source } : problem;
			});
			// one value may break two of our fields (the name is also question 0.1): its first reason is enough
			throw new ImportRefused(problems.filter((p) => !seen.has(jsonPath(p.path)) && seen.add(jsonPath(p.path))));
		}
		const hint = format === 'cnil' ? (path: (string | number)[]) => cnilHint(parsed.data as never, path) : parHint;
		return { doc: checked, report: { format, assumptions: mapped.assumptions, unmapped: mapped.tracker.unmapped(value, hint) } };
	});
}

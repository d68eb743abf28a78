/**
 * The build keeps the base language's browser code in `_app/immutable/` and each other language's in
 * `_app/immutable/<locale>/`, file for file (scripts/build/locale-split.ts). A page in another language
 * points at its own tree. Only what SvelteKit itself writes is rewritten, never text a person typed:
 * - `<link href="…">` tags (stylesheets): in the page, a person's text never holds a raw `<` (text) or a
 *   raw `"` (attribute values), so this exact start of a tag is SvelteKit's;
 * - the `import("…")` calls of the start script, looked for only after the chunk's last `<script`: that is
 *   SvelteKit's, after everything rendered, and the data inside it is in JS strings whose quotes are escaped;
 * - the Link header, which only SvelteKit fills.
 * The paths are relative (`./_app/…`, `../../_app/…`) or absolute (`/_app/…`).
 */
const PREFIX = String.raw`((?:\.\.?\/)*|\/)_app\/immutable\/`;
const LINK_TAG = new RegExp(`(<link href=")${PREFIX}`, 'g');
const SCRIPT_IMPORT = new RegExp(`(import\\(")${PREFIX}`, 'g');
const HEADER_LINK = new RegExp(`(<)${PREFIX}`, 'g');

const toTree = (locale: string) => `$1$2_app/immutable/${locale}/`;

/** A chunk of a page's HTML (`transformPageChunk`), pointed at `locale`'s tree. */
export function localePage(html: string, locale: string): string {
	const linked = html.replace(LINK_TAG, toTree(locale));
	const script = linked.lastIndexOf('<script');
	return script < 0 ? linked : linked.slice(0, script) + linked.slice(script).replace(SCRIPT_IMPORT, toTree(locale));
}

/** A response's Link header (modulepreload, font preload), pointed at `locale`'s tree. */
export const localeLinkHeader = (header: string, locale: string) => header.replace(HEADER_LINK, toTree(locale));

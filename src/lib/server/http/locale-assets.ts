/**
 * The build keeps the base language's browser code in `_app/immutable/` and each other language's in
 * `_app/immutable/<locale>/`, file for file (scripts/build/locale-split.ts). A page in another language
 * points at its own tree: the script imports and modulepreload links SvelteKit writes into the HTML, and the
 * same files in the Link header. The paths are relative (`./_app/…`, `../../_app/…`) or absolute (`/_app/…`)
 * and always quoted or in angle brackets. Text a user typed is escaped, but an attribute value is quoted too:
 * one that begins with "/_app/immutable/" would be rewritten on such a page as well. Nothing the app stores
 * starts that way in practice; if it did, a form field showing it would post the rewritten text back.
 */
const ASSET_PATH = /(["'<])((?:\.\.?\/)*|\/)_app\/immutable\//g;

export function localeAssets(text: string, locale: string): string {
	return text.replace(ASSET_PATH, `$1$2_app/immutable/${locale}/`);
}

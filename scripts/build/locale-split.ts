import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** Where SvelteKit puts the browser's hashed files; each other language gets the same tree under `<this>/<locale>/`. */
export const IMMUTABLE = '_app/immutable/';
const KEY = '__locale_';

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

type Edit = [start: number, end: number, text: string];

function applyEdits(code: string, edits: Edit[]): string {
	let out = code;
	for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
	return out;
}

/** The module every grouped message calls: it turns a message's functions into the message. */
export const MESSAGE_HELPER = '\0dpia-wijzer:message';

/**
 * The helper's code. In a finished chunk each message's object is cut down to the reader's function
 * (keepLocale), which the helper hands back as is; an uncut object still works, picking by locale.
 */
export function messageHelper(runtimeImport: string, base: string): string {
	return [
		`import { getLocale } from ${JSON.stringify(runtimeImport)};`,
		`export const message = (t) => typeof t === 'function' ? t : (inputs = {}, options = {}) => (t['${KEY}' + (options.locale ?? getLocale())] ?? t['${KEY}${base}'])(inputs);`
	].join('\n');
}

/**
 * A paraglide message module declares one function per language (`const nl_key = …`, `const en_key = …`) and
 * one that picks by locale (`key`). Here the message becomes `message({ __locale_nl: …, __locale_en: … })`:
 * the property names survive minifying, so the finished chunk can still be cut per language (keepLocale),
 * and the picking code (about a hundred bytes a message) goes. A module of another shape is left alone.
 */
export function groupByLocale(code: string, program: Node, locales: readonly string[]): string | null {
	const pattern = new RegExp(`^(${locales.join('|')})_(\\w+)$`);
	const groups = new Map<string, [string, string][]>();
	const pickers = new Map<string, Node>();
	const edits: Edit[] = [];
	for (const statement of program.body as Node[]) {
		const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
		if (declaration?.type !== 'VariableDeclaration') continue;
		const declarations = declaration.declarations as Node[];
		const name = (declarations[0]?.id as { name?: string } | undefined)?.name;
		const init = declarations[0]?.init as Node | undefined;
		if (declarations.length !== 1 || !name || !init) continue;
		const match = statement === declaration ? pattern.exec(name) : null;
		if (!match) {
			pickers.set(name, init);
			continue;
		}
		groups.set(match[2]!, [...(groups.get(match[2]!) ?? []), [match[1]!, code.slice(init.start, init.end)]]);
		edits.push([statement.start, statement.end, '']);
	}
	if (!groups.size) return null;
	for (const [name, functions] of groups) {
		const picker = pickers.get(name);
		if (!picker) return null;
		const properties = functions.map(([locale, source]) => `${KEY}${locale}: ${source}`).join(',\n');
		edits.push([picker.start, picker.end, `/* @__PURE__ */ __dpia_message({\n${properties}\n})`]);
	}
	const rest = applyEdits(code, edits);
	// Nothing else may use a language's function (nor one language's function another's, as a missing
	// translation might), or cutting it out would break that use.
	for (const [name, functions] of groups) {
		const used = new RegExp(`\\b(${functions.map(([locale]) => locale).join('|')})_${name}\\b`);
		if (used.test(rest) || functions.some(([, source]) => used.test(source))) return null;
	}
	return `import { message as __dpia_message } from ${JSON.stringify(MESSAGE_HELPER)};\n${rest}`;
}

function keyName(property: Node): string | null {
	if (property.type !== 'Property' || property.computed) return null;
	const key = property.key as { type: string; name?: string; value?: unknown };
	const name = key.type === 'Identifier' ? key.name : typeof key.value === 'string' ? key.value : null;
	return name?.startsWith(KEY) ? name : null;
}

/** Every object literal of the finished chunk whose properties are all `__locale_*`: the messages groupByLocale made. */
function localeObjects(program: Node): Node[] {
	const found: Node[] = [];
	const stack: unknown[] = [program];
	while (stack.length) {
		const value = stack.pop();
		if (Array.isArray(value)) stack.push(...value);
		else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
			const node = value as Node;
			const properties = node.properties as Node[] | undefined;
			if (node.type === 'ObjectExpression' && properties?.length && properties.every((p) => keyName(p))) {
				found.push(node);
				continue;
			}
			for (const [key, child] of Object.entries(node)) if (key !== 'type' && child && typeof child === 'object') stack.push(child);
		}
	}
	return found;
}

/** The chunk with each message's other languages cut out: the locale's function stays (the base language's where the locale has none), in place of the object. */
export function keepLocale(code: string, program: Node, locale: string, base: string): string {
	const edits: Edit[] = [];
	for (const object of localeObjects(program)) {
		const properties = object.properties as Node[];
		const kept = properties.find((p) => keyName(p) === KEY + locale) ?? properties.find((p) => keyName(p) === KEY + base);
		if (kept) edits.push([object.start, object.end, code.slice((kept.value as Node).start, (kept.value as Node).end)]);
	}
	return applyEdits(code, edits);
}

/** The locales and base locale paraglide compiled into its runtime. */
export function paraglideLocales(runtimeFile: string): { locales: string[]; base: string } {
	const runtime = readFileSync(runtimeFile, 'utf8');
	const locales = JSON.parse(/export const locales = \/\*\* @type \{const\} \*\/ \((\[[^\]]*\])\)/.exec(runtime)?.[1] ?? 'null') as string[] | null;
	const base = /export const baseLocale = "([^"]+)"/.exec(runtime)?.[1];
	if (!locales || !base) throw new Error(`locale-split: no locales in ${runtimeFile}`);
	return { locales, base };
}

/**
 * Every message carries all languages, and messages are most of the browser's code: a reader gets only
 * theirs. The client build is cut once per language after minifying: the base language's code stays where
 * SvelteKit put it (`_app/immutable/…`), each other language's goes to `_app/immutable/<locale>/…`, the same
 * file names, so the relative imports between the files still hold. The server points a page at its
 * language's tree (locale-assets.ts). Switching language is a form post and a new page, which loads the other tree.
 */
export function localeSplitPlugin(paraglideDir: string): Plugin {
	const messagesDir = path.join(paraglideDir, 'messages') + path.sep;
	let client = false;
	let settings: { locales: string[]; base: string } | null = null;
	const localesOf = () => (settings ??= paraglideLocales(path.join(paraglideDir, 'runtime.js')));
	return {
		name: 'dpia-wijzer:locale-split',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		resolveId(id) {
			return id === MESSAGE_HELPER ? id : null;
		},
		load(id) {
			return id === MESSAGE_HELPER ? messageHelper(path.join(paraglideDir, 'runtime.js'), localesOf().base) : null;
		},
		transform(code, id) {
			if (!client || !id.startsWith(messagesDir) || path.basename(id).startsWith('_')) return null;
			const grouped = groupByLocale(code, this.parse(code) as unknown as Node, localesOf().locales);
			return grouped === null ? null : { code: grouped, map: null };
		},
		// After Vite's own generateBundle work (the preload lists it writes into the chunks), so the copies have it too.
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (!client) return;
				const { locales, base } = localesOf();
				for (const file of Object.values(bundle)) {
					if (!file.fileName.startsWith(IMMUTABLE)) continue;
					const copyTo = (locale: string) => IMMUTABLE + locale + '/' + file.fileName.slice(IMMUTABLE.length);
					if (file.type === 'asset') {
						for (const locale of locales) if (locale !== base) this.emitFile({ type: 'asset', fileName: copyTo(locale), source: file.source });
						continue;
					}
					const chunk = file as Rollup.OutputChunk;
					const program = chunk.code.includes(KEY) ? (this.parse(chunk.code) as unknown as Node) : null;
					for (const locale of locales) {
						if (locale !== base) this.emitFile({ type: 'asset', fileName: copyTo(locale), source: program ? keepLocale(chunk.code, program, locale, base) : chunk.code });
					}
					if (program) chunk.code = keepLocale(chunk.code, program, base, base);
				}
			}
		}
	};
}

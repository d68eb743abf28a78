import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import { groupByLocale, keepLocale, MESSAGE_HELPER, messageHelper, paraglideLocales } from '../../../scripts/build/locale-split';

type Program = Parameters<typeof groupByLocale>[1];
const parse = (code: string) => parseAst(code) as unknown as Program;
const { locales, base } = paraglideLocales('src/lib/paraglide/runtime.js');

/** A message module of the compiled messages, grouped, minified as the client build does, then cut to one language. */
async function built(file: string, locale: string): Promise<string> {
	const source = readFileSync(`src/lib/paraglide/messages/${file}`, 'utf8');
	const grouped = groupByLocale(source, parse(source), locales);
	expect(grouped).not.toBeNull();
	expect(grouped).not.toContain('getLocale()');
	// The helper goes inline and the runtime's imports become stand-ins, so the module runs on its own.
	const helper = messageHelper('../runtime.js', base).replace(/^import .*$/m, 'const getLocale = () => globalThis.__locale;').replace('export const', 'const');
	const standalone = grouped!
		.replace(`import { message as __dpia_message } from ${JSON.stringify(MESSAGE_HELPER)};`, helper.replace('const message', 'const __dpia_message'))
		.replace(/import \* as registry from '\.\.\/registry\.js'/, 'const registry = { plural: (locale, n) => new Intl.PluralRules(locale).select(n) }')
		.replace(/import \{[^}]*\} from '\.\.\/runtime\.js';/, '');
	const { code } = await transform(standalone, { minify: true, format: 'esm' });
	return keepLocale(code, parse(code), locale, base);
}

async function run(code: string, locale: string): Promise<Record<string, (...args: unknown[]) => string>> {
	(globalThis as { __locale?: string }).__locale = locale;
	return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

describe('one language per browser build (scripts/build/locale-split.ts)', () => {
	it('reads the languages from the compiled runtime', () => {
		expect(locales).toEqual(['nl', 'en']);
		expect(base).toBe('nl');
	});

	it('keeps only the reader’s language of a message after minifying, and the message still answers in it', async () => {
		const en = await built('comments_open_count.js', 'en');
		const nl = await built('comments_open_count.js', 'nl');
		expect(en).toContain('open comments');
		expect(en).not.toContain('opmerkingen');
		expect(nl).toContain('opmerkingen');
		expect(nl).not.toContain('open comments');
		expect((await run(en, 'en')).comments_open_count!({ count: 2 })).toBe('2 open comments');
		expect((await run(nl, 'nl')).comments_open_count!({ count: 1 })).toBe('1 open opmerking');
	});

	it('falls back to the base language instead of failing when a page asks for a language its build lacks', async () => {
		const nl = await built('account_invitation_declined.js', 'nl');
		expect((await run(nl, 'en')).account_invitation_declined!({ organisation: 'X' })).toBe('U heeft de uitnodiging van X afgewezen.');
	});

	it('keeps the base language where a message has no text in the reader’s', () => {
		const code = 'export const m=M({__locale_nl:()=>"alleen nl"}),n=M({__locale_nl:()=>"ja","__locale_en":()=>"yes"});';
		expect(keepLocale(code, parse(code), 'en', 'nl')).toBe('export const m=M(()=>"alleen nl"),n=M(()=>"yes");');
	});

	it('still picks by locale where a message was left whole', async () => {
		const helper = messageHelper('../runtime.js', base).replace(/^import .*$/m, 'const getLocale = () => globalThis.__locale;');
		const { message } = (await run(helper, 'en')) as unknown as { message: (t: object) => (i?: object, o?: { locale?: string }) => string };
		const greet = message({ __locale_nl: () => 'hallo', __locale_en: () => 'hello' });
		expect(greet()).toBe('hello');
		expect(greet({}, { locale: 'nl' })).toBe('hallo');
	});

	it('leaves a module without per-language functions alone, and other objects in a chunk untouched', () => {
		expect(groupByLocale('export const x = 1;', parse('export const x = 1;'), locales)).toBeNull();
		// A language's function used elsewhere than by its picker: cutting it out would break that use.
		const shared = 'const nl_a = () => "a";\nconst en_a = () => "b";\nexport const a = () => nl_a();\nexport const b = () => en_a();';
		expect(groupByLocale(shared, parse(shared), locales)).toBeNull();
		const borrowed = 'const nl_a = () => "a";\nconst en_a = nl_a;\nexport const a = () => en_a();';
		expect(groupByLocale(borrowed, parse(borrowed), locales)).toBeNull();
		const code = 'const o={nl:"Nederlands",en:"English"};';
		expect(keepLocale(code, parse(code), 'en', 'nl')).toBe(code);
	});
});

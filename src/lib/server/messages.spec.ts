import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gmrTexts, reportTexts } from './pdf/texts';

const LOCALES = ['nl', 'en'] as const;
type Messages = Record<string, unknown>;

/** Every message file of a locale by name: the top-level file and the per-area files beside it. */
function messageFiles(locale: string): Map<string, Messages> {
	const files = new Map<string, Messages>([['(top)', JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'))]]);
	for (const file of readdirSync(`messages/${locale}`)) files.set(file, JSON.parse(readFileSync(`messages/${locale}/${file}`, 'utf8')));
	return files;
}

/** The texts a message can say: a plain string, or each variant of a plural or other match. */
function variants(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((v) => Object.values((v as { match?: Record<string, unknown> }).match ?? {}).flatMap(variants));
	return [];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/** Every plain string of a texts object (nested), as the reports print them. */
function leaves(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(leaves);
	if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
	return [];
}

describe('messages: every key in both languages', () => {
	const files = Object.fromEntries(LOCALES.map((l) => [l, messageFiles(l)])) as Record<(typeof LOCALES)[number], Map<string, Messages>>;

	it('has the same files and in each the same keys, none empty, with the same placeholders (UI and report texts alike)', () => {
		expect([...files.en.keys()].sort()).toEqual([...files.nl.keys()].sort());
		let keys = 0;
		for (const [file, nl] of files.nl) {
			const en = files.en.get(file)!;
			expect(Object.keys(en).sort(), file).toEqual(Object.keys(nl).sort());
			for (const key of Object.keys(nl).filter((k) => k !== '$schema')) {
				keys++;
				const [nlTexts, enTexts] = [variants(nl[key]), variants(en[key])];
				expect(nlTexts.length, `${file} ${key}`).toBeGreaterThan(0);
				for (const text of [...nlTexts, ...enTexts]) expect(text.trim(), `${file} ${key}`).not.toBe('');
				expect(new Set(enTexts.flatMap(placeholders)), `${file} ${key}`).toEqual(new Set(nlTexts.flatMap(placeholders)));
			}
		}
		// the report texts are among them (rpt_*, rpt_gmr_*): a file that lost them would pass the checks above
		const all = [...files.nl.values()].flatMap((f) => Object.keys(f));
		expect(all.filter((k) => k.startsWith('rpt_gmr_')).length).toBeGreaterThan(100);
		expect(all.filter((k) => k.startsWith('rpt_') && !k.startsWith('rpt_gmr_')).length).toBeGreaterThan(150);
		// one key, one file: the compiler would otherwise keep one of two texts without a word
		const named = all.filter((k) => k !== '$schema');
		expect(named.length).toBe(new Set(named).size);
		expect(keys).toBe(named.length);
	});

	it('keeps no report text that no report uses', () => {
		const used = readFileSync('src/lib/server/pdf/texts/report.ts', 'utf8') + readFileSync('src/lib/server/pdf/texts/gmr.ts', 'utf8');
		const reportKeys = [...files.nl.values()].flatMap((f) => Object.keys(f)).filter((k) => k.startsWith('rpt_'));
		expect(reportKeys.filter((k) => !used.includes(`m.${k}(`))).toEqual([]);
	});

	it('gives the reports their wording in the language asked for, not the reader’s', () => {
		for (const texts of [reportTexts, gmrTexts]) {
			const [nl, en] = [leaves(texts('nl')), leaves(texts('en'))];
			expect(nl.length).toBe(en.length);
			expect(nl.every((s) => s.trim() !== '')).toBe(true);
		}
		expect(reportTexts('nl').title).toBe('DPIA-rapport');
		expect(reportTexts('en').contents).toBe('Contents');
		expect(gmrTexts('nl').sections[11]).toBe('12. Wat vragen we van de (G)MR?');
		expect(gmrTexts('en').risks.more(1)).toMatch(/^There is 1 smaller risk/);
		expect(reportTexts('nl').risks.measuresCount(1)).toBe('1 maatregel');
		expect(reportTexts('nl').risks.measuresCount(3)).toBe('3 maatregelen');
		expect(reportTexts('en').verification.frozen('1 December 2026', '')).not.toContain(' by ');
		expect(reportTexts('en').verification.frozen('1 December 2026', 'A. Bestuur')).toContain('by A. Bestuur');
	});
});

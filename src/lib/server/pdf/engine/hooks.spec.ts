import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterEach, describe, expect, it } from 'vitest';
import { flowing } from '../layout/flow';
import { frame } from '../layout/page';
import { BODY_FONT_SIZE, CONTENT_WIDTH, DEFAULT_STYLE, PAGE_MARGINS, STYLES } from '../layout/styles';
import { renderPdf } from '../render';
import { prose } from '../testing/long-inputs';
import { pdfText } from '../testing/pdf-text';
import { setTextHooksActive } from './hooks';

const run = promisify(execFile);

interface Word {
	page: number;
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

/** Every word pdftotext finds, with its page and box in points. */
async function words(pdf: Buffer): Promise<Word[]> {
	const dir = await mkdtemp(path.join(tmpdir(), 'dpia-bbox-'));
	try {
		const file = path.join(dir, 'doc.pdf');
		await writeFile(file, pdf);
		const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
		const out: Word[] = [];
		let page = 0;
		for (const line of stdout.split('\n')) {
			if (line.includes('<page ')) page++;
			const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
			if (m) out.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! });
		}
		return out;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const doc = (content: Content[], extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions => ({
	info: { creationDate: new Date('2026-12-01T12:00:00Z') },
	pageSize: 'A4',
	pageMargins: PAGE_MARGINS,
	styles: STYLES,
	defaultStyle: DEFAULT_STYLE,
	content,
	...extra
});

/** Characters the direct drawing leaves to pdfmake (a combining mark, a tab, a soft hyphen) and the PDF string's own delimiters. */
const AWKWARD = 'café (naïef) \\ pad, e\u0301 com\u00adbi\tnatie, “aanhalingstekens” – € 12,50 ™';

/** Enough different characters (all in the font) that glyph ids whose byte is "(", ")", "\\" or a line end occur. */
const MANY = Array.from({ length: 0x17f - 0xa0 }, (_, i) => String.fromCharCode(0xa1 + i))
	.filter((c) => c !== '\u00ad')
	.join('');

const CONTENT: Content[] = [
	{ text: 'Kop van het document', style: 'h1' },
	{ text: `Korte alinea met ${AWKWARD} en meer woorden die over de regel heen lopen, zodat pdfmake hem zelf afbreekt. `.repeat(3) },
	{ text: 'Uitgevulde tekst, over de hele breedte verdeeld. '.repeat(8), alignment: 'justify' },
	{ text: 'Rechts uitgelijnd', alignment: 'right', color: '#b91c1c', bold: true },
	{ text: ['Stukken ', { text: 'vet', bold: true }, ' en ', { text: 'een link', link: 'https://example.org' }, '.'] },
	{ table: { widths: [120, '*'], body: [[{ text: 'Label', style: 'label' }, flowing(prose(4000, 3), CONTENT_WIDTH - 135, BODY_FONT_SIZE)], ['Kort', `${prose(300, 4)} ${MANY}`]] } },
	flowing(`${prose(9000, 5)}\n\n${AWKWARD}\n   ingesprongen regel ${prose(700, 6)}`, CONTENT_WIDTH, BODY_FONT_SIZE, [0, 0, 0, 6]),
	{ ul: ['een', 'twee met een langere tekst die misschien wel afbreekt op een smallere breedte dan de hele pagina'] }
];

afterEach(() => setTextHooksActive(true));

describe("the text hooks (measuring once per node, drawing lines directly)", () => {
	it('change how text is measured and drawn, not where any word lands or what it says', async () => {
		const withHooks = await renderPdf(doc(structuredClone(CONTENT)));
		setTextHooksActive(false);
		const without = await renderPdf(doc(structuredClone(CONTENT)));
		const [a, b] = [await words(withHooks), await words(without)];
		expect(a.length).toBeGreaterThan(1500);
		expect(a.map((w) => `${w.page} ${w.text}`)).toEqual(b.map((w) => `${w.page} ${w.text}`));
		for (let i = 0; i < a.length; i++) {
			for (const k of ['xMin', 'yMin', 'xMax', 'yMax'] as const) expect(Math.abs(a[i]![k] - b[i]![k]), `${a[i]!.text} ${k}`).toBeLessThan(0.01);
		}
	}, 60_000);

	it('draws glyphs whose ids are string delimiters or line ends, so a reader still gets every character back', async () => {
		const text = await pdfText(await renderPdf(doc([{ text: MANY }, flowing(`${MANY} ${prose(700, 1)}`, CONTENT_WIDTH, BODY_FONT_SIZE)])));
		// pdftotext breaks the lines where the PDF did; the characters come back in order
		expect(text.replace(/\s/g, '')).toContain(MANY.replace(/\s/g, ''));
	});

	it('puts the running header and footer texts at the two ends of the row, on every page', async () => {
		const frameDoc = frame({
			title: 'DPIA-rapport',
			organisation: 'Stichting Voorbeeld',
			processing: 'Leerlingvolgsysteem',
			versionLabel: 'versie 2',
			statusLabel: 'Concept',
			footerNote: 'Gemaakt op 1 december 2026',
			pageLabel: (current, total) => `Pagina ${current} van ${total}`,
			watermark: null,
			createdAt: new Date('2026-12-01T12:00:00Z'),
			language: 'nl-NL',
			coverPage: false
		});
		const all = await words(await renderPdf({ ...frameDoc, content: [flowing(prose(12000, 2), CONTENT_WIDTH, BODY_FONT_SIZE)] }));
		const pages = Math.max(...all.map((w) => w.page));
		expect(pages).toBeGreaterThan(1);
		const right = 595.28 - PAGE_MARGINS[2];
		for (let page = 1; page <= pages; page++) {
			const on = all.filter((w) => w.page === page);
			const first = (text: string) => on.find((w) => w.text === text)!;
			expect(first('Stichting').xMin).toBeCloseTo(PAGE_MARGINS[0], 0);
			expect(first('Concept').xMax).toBeCloseTo(right, 0);
			expect(first('Concept').yMax).toBeCloseTo(first('Stichting').yMax, 1);
			expect(first('DPIA-rapport').xMin).toBeCloseTo(PAGE_MARGINS[0], 0);
			const footer = on.filter((w) => w.yMin > 780);
			expect(footer.map((w) => w.text).join(' ')).toBe(`DPIA-rapport · Gemaakt op 1 december 2026 Pagina ${page} van ${pages}`);
			expect(Math.max(...footer.map((w) => w.xMax))).toBeCloseTo(right, 0);
		}
	}, 60_000);
});

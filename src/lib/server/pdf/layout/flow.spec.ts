import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prose } from '../testing/long-inputs';
import { renderedWidth } from '../testing/rendered-width';
import { flowing, lineBreaks } from './flow';

const BOX = 360;
const SIZE = 9.5;

/** What a reader sees of a text: its words in order, whitespace aside. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('lineBreaks', () => {
	it('breaks prose at spaces into lines that fill the box without running over it', () => {
		const text = prose(5000, 7);
		const lines = lineBreaks(text, BOX, SIZE);
		expect(words(lines.join(' '))).toEqual(words(text));
		for (const line of lines) expect(renderedWidth(line, SIZE)).toBeLessThanOrEqual(BOX);
		// every line but the last is full: the next word would not have fitted on it
		for (let i = 0; i < lines.length - 1; i++) {
			expect(renderedWidth(`${lines[i]} ${words(lines[i + 1]!)[0]}`, SIZE)).toBeGreaterThan(BOX - 1.5);
		}
	});

	it("keeps the text's own line breaks and its empty lines", () => {
		expect(lineBreaks('eerste\r\n\ntweede\rderde', BOX, SIZE)).toEqual(['eerste', '', 'tweede', 'derde']);
	});

	it('cuts a word longer than a line where the line is full', () => {
		const url = `https://voorbeeld.nl/${'a'.repeat(400)}`;
		const lines = lineBreaks(`zie ${url} daar`, BOX, SIZE);
		expect(lines.join('').replace(/\s/g, '')).toBe(`zie${url}daar`);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(renderedWidth(line, SIZE)).toBeLessThanOrEqual(BOX);
	});

	it('loses no character and never overruns, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 40, max: 500 }), (text, box) => {
				const lines = lineBreaks(text, box, SIZE);
				expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
				for (const line of lines) if ([...line].length > 1) expect(renderedWidth(line, SIZE)).toBeLessThanOrEqual(box);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('flowing', () => {
	it('leaves short text to pdfmake and sets long text as lines pdfmake does not break again', () => {
		expect(flowing('kort', BOX, SIZE)).toEqual({ text: 'kort' });
		const text = prose(12_000, 3);
		const long = flowing(text, BOX, SIZE, [0, 0, 0, 6]);
		expect(long).toMatchObject({ margin: [0, 0, 0, 6], flowedFrom: text });
		const stack = (long as unknown as { stack: { text: string; preBroken: boolean }[] }).stack;
		// nodes of pre-broken lines, in order, which together are the text's lines
		expect(stack.length).toBeGreaterThan(1);
		expect(stack.every((node) => node.preBroken === true)).toBe(true);
		expect(stack.flatMap((node) => node.text.split('\n'))).toEqual(lineBreaks(text, BOX, SIZE));
	});
});

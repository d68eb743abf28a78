import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { flowing } from '../pdf/layout/flow';
import { prose } from '../pdf/testing/long-inputs';
import { blocks } from './blocks';

describe('long text the PDF set as broken lines', () => {
	it('becomes one Word paragraph holding the whole text, for Word to break', () => {
		const text = prose(3000, 11);
		const node = flowing(text, 400, 9.5);
		const lines = ((node as { stack?: { text: string }[] }).stack ?? []).flatMap((n) => n.text.split('\n'));
		expect(lines.length).toBeGreaterThan(10);
		const out = blocks(node, { toc: [], breakNext: false, lists: 0 });
		expect(out).toHaveLength(1);
		expect(out[0]).toBeInstanceOf(Paragraph);
		// the text sits in the paragraph's one run, not cut at the PDF's line ends
		expect(JSON.stringify(out[0])).toContain(JSON.stringify(text).slice(1, -1));
	});
});

import type { Content, TableCell } from 'pdfmake/interfaces';
import { verificationBlocks } from '../full/history';
import { badge, bullets, dataTable, note, para } from '../layout/blocks';
import { ACCENT, HEADER_FILL } from '../layout/styles';
import type { GmrBlock, GmrCell, GmrContent, GmrSection } from './content';

function titleBlock(c: GmrContent): Content[] {
	return [
		{ text: c.title, style: 'title', fontSize: 22 },
		{ text: c.subtitle, fontSize: 15, bold: true, margin: [0, 4, 0, 2] },
		{ text: c.meta, style: 'label', margin: [0, 0, 0, 10] },
		para(c.intro)
	];
}

/** Legal terms explained once, at the start, so the sections can use them in short sentences. */
function glossary(c: GmrContent): Content {
	return {
		table: {
			widths: ['*'],
			body: [
				[
					{
						fillColor: HEADER_FILL,
						margin: [6, 4, 6, 4],
						stack: [
							{ text: c.glossary.title, bold: true, color: ACCENT, margin: [0, 0, 0, 3] },
							...c.glossary.entries.map(({ term, meaning }) => ({ text: [{ text: `${term}: `, bold: true }, meaning], fontSize: 9, margin: [0, 0, 0, 2] }) as Content)
						]
					}
				]
			]
		},
		layout: 'noBorders',
		margin: [0, 0, 0, 6]
	};
}

const cell = (c: GmrCell): TableCell => (typeof c === 'string' || 'text' in c ? c : badge(c.level, c.label));

function block(b: GmrBlock): Content {
	switch (b.kind) {
		case 'para':
			return para(b.text);
		case 'strong':
			return { text: b.text, bold: true, margin: [0, 0, 0, 6] };
		case 'lead':
			return { text: b.text };
		case 'sub':
			return { text: b.text, bold: true, headlineLevel: 3, margin: [0, 4, 0, 1] };
		case 'bullets':
			return bullets(b.items);
		case 'steps':
			return { ol: b.items, margin: [0, 2, 0, 6] };
		case 'note':
			return note(b.text);
		case 'table':
			// the section heading right above names the table in print; the caption is for the web page
			return dataTable(b.columns, b.rows.map((row) => row.map(cell)), b.widths);
	}
}

function section(s: GmrSection): Content[] {
	const heading: Content = { text: s.heading, style: 'h2', headlineLevel: 2, pageBreak: s.newPage ? 'before' : undefined, margin: [0, s.newPage ? 0 : 12, 0, 5] };
	return [heading, ...s.blocks.map(block)];
}

/** The (G)MR report's content as pdfmake blocks, for the PDF and the DOCX made from them. */
export function gmrBlocks(c: GmrContent): Content[] {
	return [...titleBlock(c), glossary(c), ...c.sections.flatMap(section), ...verificationBlocks(c.verification)];
}

import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ReportParts } from '../pdf/full-report';
import type { FrameInfo } from '../pdf/layout/page';
import { ACCENT, INK, MUTED, PAGE_MARGINS } from '../pdf/layout/styles';
import { blocks, CONTENT_TWIPS, ORDERED_LIST, tocEntries, type ConvertContext } from './blocks';

const colour = (hex: string) => hex.slice(1).toUpperCase();
const twips = (points: number) => Math.round(points * 20);

/** Numbers that never occur in a page label, so the label's words can be split around them. */
const CURRENT = 90_001;
const TOTAL = 90_002;

/** "Pagina 3 van 12" with Word's own page fields in place of the numbers, in whatever order the language puts them. */
function pageLabel(info: FrameInfo): TextRun[] {
	const label = info.pageLabel(CURRENT, TOTAL);
	return label
		.split(/(90001|90002)/)
		.filter(Boolean)
		.map((part) => new TextRun({ children: [part === String(CURRENT) ? PageNumber.CURRENT : part === String(TOTAL) ? PageNumber.TOTAL_PAGES : part], ...small }));
}

const small = { size: 15, color: colour(MUTED) };

function header(info: FrameInfo): Header {
	const lines = [
		new Paragraph({
			tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_TWIPS }],
			children: [new TextRun({ text: `${info.organisation} · ${info.processing}`, ...small }), new TextRun({ text: `\t${info.versionLabel} · ${info.statusLabel}`, ...small })]
		})
	];
	// Word has no simple watermark; the draft's mark goes at the top of every page instead
	if (info.watermark) lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: info.watermark, bold: true, size: 28, color: colour(MUTED) })] }));
	return new Header({ children: lines });
}

function footer(info: FrameInfo): Footer {
	return new Footer({
		children: [
			new Paragraph({
				tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_TWIPS }],
				children: [new TextRun({ text: `${info.title} · ${info.footerNote}`, ...small }), new TextRun({ text: '\t', ...small }), ...pageLabel(info)]
			})
		]
	});
}

const heading = (size: number, colourHex: string, before: number) => ({
	run: { size, bold: true, color: colour(colourHex) },
	paragraph: { spacing: { before, after: 120 }, keepNext: true }
});

/** The report's parts as a Word document: A4, the PDF's margins, running header and footer, headings Word can navigate. */
export function reportDocument(parts: ReportParts): Document {
	const { info } = parts;
	const ctx: ConvertContext = { toc: tocEntries(parts.content), breakNext: false, lists: 0 };
	const children = blocks(parts.content, ctx);
	const language = { value: info.language };
	return new Document({
		creator: 'DPIA Wijzer',
		title: `${info.title} – ${info.processing} – ${info.versionLabel}`,
		subject: info.title,
		description: `${info.organisation} · ${info.versionLabel} · ${info.statusLabel}`,
		styles: {
			default: {
				document: { run: { font: 'Calibri', size: 20, color: colour(INK), language }, paragraph: { spacing: { after: 100 } } },
				title: heading(52, ACCENT, 0),
				heading1: heading(34, ACCENT, 240),
				heading2: heading(26, ACCENT, 240),
				heading3: heading(22, INK, 160)
			}
		},
		numbering: {
			config: [{ reference: ORDERED_LIST, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }]
		},
		sections: [
			{
				properties: {
					titlePage: info.coverPage,
					page: { margin: { left: twips(PAGE_MARGINS[0]), top: twips(PAGE_MARGINS[1]), right: twips(PAGE_MARGINS[2]), bottom: twips(PAGE_MARGINS[3]) } }
				},
				headers: { default: header(info), ...(info.coverPage ? { first: new Header({ children: [] }) } : {}) },
				footers: { default: footer(info), ...(info.coverPage ? { first: footer(info) } : {}) },
				children
			}
		]
	});
}

export function docxBytes(parts: ReportParts): Promise<Buffer> {
	return Packer.toBuffer(reportDocument(parts));
}

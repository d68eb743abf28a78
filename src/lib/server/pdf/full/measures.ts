import type { Content, TableCell } from 'pdfmake/interfaces';
import { MITIGATION_TYPE_LABELS, measureNumber } from '$lib/domain/risk';
import type { MeasureView } from '../data/derive';
import { dataTable, h1, h2, h3, para } from '../layout/blocks';
import { formatDate, labelOf, refs } from '../layout/format';
import type { ReportTexts } from '../texts/types';

function statusOf(status: string, texts: ReportTexts): string {
	return (texts.measures.statuses as Record<string, string>)[status] ?? texts.unknownValue(status);
}

/** Part D: every measure with its type, owner, deadline, status and the risks it treats. */
export function measuresPart(views: readonly MeasureView[], texts: ReportTexts): Content[] {
	const heading = h1(texts.parts.D);
	if (views.length === 0) return [heading, para(texts.measures.none)];
	const rows: TableCell[][] = views.map((v) => [
		measureNumber(v.n - 1),
		{ text: v.measure.title, bold: true },
		labelOf(MITIGATION_TYPE_LABELS, v.measure.type, texts),
		v.measure.owner,
		formatDate(v.measure.dueOn, texts),
		statusOf(v.measure.status, texts),
		refs('R', v.risks)
	]);
	const described = views.filter((v) => v.measure.description.trim());
	return [
		heading,
		dataTable(texts.measures.columns, rows, [24, '*', 68, 70, 62, 52, 40]),
		...(described.length
			? [h2(texts.measures.descriptions), ...described.flatMap((v) => [h3(`${measureNumber(v.n - 1)}  ${v.measure.title}`), para(v.measure.description)])]
			: [])
	];
}

export { statusOf as measureStatusLabel };

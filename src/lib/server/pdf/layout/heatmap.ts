import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { heatMapCells, LEVEL_LABELS, LIKELIHOOD_LABELS, SEVERITY_LABELS, type ScoredRisk } from '$lib/domain/risk';
import type { ReportTexts } from '../texts/types';
import { LEVEL_COLOURS, MUTED } from './styles';

const CELL_W = 44;
const CELL_H = 32;
const AXIS_W = 26;
const AXIS_H = 30;
const GRID_W = CELL_W * 4;
const GRID_H = CELL_H * 4;
const HEIGHT = GRID_H + AXIS_H;

/** Text laid over the drawing: placed relative to the end of the canvas, so it costs no space. */
function overlay(text: string, x: number, y: number, width: number, style: Record<string, unknown>): Content {
	return { relativePosition: { x, y: y - HEIGHT }, columns: [{ width, text, alignment: 'center', ...style }] };
}

/**
 * The map's cells and labels, kept on the drawn block under a symbol: pdfmake never sees a symbol key, and
 * a format that cannot draw (the DOCX) writes the same map as a table from it.
 */
export const HEAT_MAP = Symbol('heat map');

export interface HeatMapData {
	title: string;
	cells: ReturnType<typeof heatMapCells>;
	levelLabels: string[];
	severityAxis: string;
	likelihoodAxis: string;
}

export function heatMapData(block: unknown): HeatMapData | undefined {
	return typeof block === 'object' && block !== null ? ((block as Record<symbol, HeatMapData | undefined>)[HEAT_MAP] ?? undefined) : undefined;
}

/**
 * The 4×4 matrix drawn as vectors: severity 4 → 1 top to bottom, likelihood 1 → 4 left to right. Every
 * cell carries its count and its level in words, so the map reads the same in black and white.
 */
export function heatMap(risks: readonly ScoredRisk[], kind: 'inherent' | 'residual', title: string, texts: ReportTexts): Content {
	const cells = heatMapCells(risks, kind);
	const canvas: CanvasElement[] = [];
	const labels: Content[] = [];
	cells.forEach((cell, i) => {
		const x = AXIS_W + (i % 4) * CELL_W;
		const y = Math.floor(i / 4) * CELL_H;
		const colours = LEVEL_COLOURS[cell.level];
		canvas.push({ type: 'rect', x, y, w: CELL_W, h: CELL_H, color: colours.fill, lineColor: '#ffffff', lineWidth: 1.5 });
		if (cell.count > 0) labels.push(overlay(String(cell.count), x, y + 4, CELL_W, { fontSize: 12, bold: true, color: colours.text }));
		labels.push(overlay(LEVEL_LABELS[cell.level][texts.locale], x, y + CELL_H - 11, CELL_W, { fontSize: 6, color: colours.text }));
	});
	// the axis labels hang below the grid: a blank strip makes the drawing reserve their height
	canvas.push({ type: 'rect', x: 0, y: GRID_H, w: 1, h: AXIS_H, color: '#ffffff' });
	canvas.push({ type: 'line', x1: AXIS_W, y1: GRID_H, x2: AXIS_W + GRID_W, y2: GRID_H, lineWidth: 0.75, lineColor: MUTED });
	canvas.push({ type: 'line', x1: AXIS_W, y1: 0, x2: AXIS_W, y2: GRID_H, lineWidth: 0.75, lineColor: MUTED });
	for (let s = 0; s < 4; s++) labels.push(overlay(String(4 - s), 0, s * CELL_H + CELL_H / 2 - 5, AXIS_W - 4, { fontSize: 8, color: MUTED, alignment: 'right' }));
	for (let l = 0; l < 4; l++) labels.push(overlay(String(l + 1), AXIS_W + l * CELL_W, GRID_H + 3, CELL_W, { fontSize: 8, color: MUTED }));
	labels.push(overlay(texts.risks.likelihoodAxis, AXIS_W, GRID_H + 15, GRID_W, { fontSize: 7.5, color: MUTED }));
	const data: HeatMapData = {
		title,
		cells,
		levelLabels: cells.map((c) => LEVEL_LABELS[c.level][texts.locale]),
		severityAxis: texts.risks.severityAxis,
		likelihoodAxis: texts.risks.likelihoodAxis
	};
	const block: Content = {
		unbreakable: true,
		stack: [
			{ text: title, bold: true, margin: [AXIS_W, 0, 0, 2] },
			{ text: texts.risks.severityAxis, fontSize: 7.5, color: MUTED, margin: [0, 0, 0, 3] },
			{ canvas },
			...labels
		]
	};
	return Object.assign(block, { [HEAT_MAP]: data });
}

/** The scale names behind the axis numbers, once under both maps. */
export function scaleLegend(texts: ReportTexts): Content {
	const line = (name: string, labels: readonly { nl: string; en: string }[]) => `${name}: ${labels.map((l, i) => `${i + 1} ${l[texts.locale]}`).join(' · ')}`;
	return {
		stack: [line(texts.risks.severityAxis, SEVERITY_LABELS), line(texts.risks.likelihoodAxis, LIKELIHOOD_LABELS)],
		style: 'note',
		margin: [0, 4, 0, 4]
	};
}

import { drawDirect } from './direct-lines';
import { pdfmakeInternals, type DocMeasure, type LeafNode, type Line, type Renderer } from './internals';
import { measureText } from './measure-text';

let installed = false;
let active = true;

/** Tests only: whether the hooks take part, to compare a document laid out and drawn with and without them. */
export function setTextHooksActive(on: boolean): void {
	active = on;
}

/**
 * pdfmake's measuring of text and drawing of lines, with the shortcuts of measure-text.ts and
 * direct-lines.ts in front: anything they do not take is measured and drawn by pdfmake's own code. Once
 * per process or worker thread; pdfmake itself is one instance per process too (fonts.ts).
 */
export function installTextHooks(): void {
	if (installed) return;
	const { measure, renderer, ...classes } = pdfmakeInternals();
	const measureLeaf = measure.measureLeaf as (this: DocMeasure, node: LeafNode) => LeafNode;
	const renderLine = renderer.renderLine as (this: Renderer, line: Line, x: number, y: number) => void;
	measure.measureLeaf = function (this: DocMeasure, node: LeafNode) {
		return (active ? measureText(this, classes, node) : null) ?? measureLeaf.call(this, node);
	};
	renderer.renderLine = function (this: Renderer, line: Line, x: number, y: number) {
		if (!active || !drawDirect(this.pdfDocument, line, x || 0, y || 0)) renderLine.call(this, line, x, y);
	};
	installed = true;
}

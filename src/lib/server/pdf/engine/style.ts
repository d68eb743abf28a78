import type { StyleStack } from './internals';

/** Every style property pdfmake's text measuring and breaking read (TextInlines.measure, TextBreaker). */
const TEXT_STYLE = [
	'font',
	'bold',
	'italics',
	'alignment',
	'fontSize',
	'fontFeatures',
	'characterSpacing',
	'color',
	'decoration',
	'decorationColor',
	'decorationStyle',
	'decorationThickness',
	'background',
	'link',
	'linkToPage',
	'linkToDestination',
	'noWrap',
	'opacity',
	'sup',
	'sub',
	'lineHeight',
	'preserveLeadingSpaces',
	'preserveTrailingSpaces',
	'leadingIndent',
	'wordBreak'
] as const;

export type TextStyle = Partial<Record<(typeof TEXT_STYLE)[number], unknown>>;

type Styles = Record<string, Record<string, unknown> & { extends?: string | string[] }>;

/** pdfmake's test for a property that is set. */
const isValue = (value: unknown) => value !== undefined && value !== null;

/** A named style's value of one property, its own or else inherited (`extends`, the last parent first), as pdfmake resolves it. */
function namedValue(styles: Styles, name: string, property: string, visited: Set<string>): unknown {
	if (visited.has(name)) return undefined;
	visited.add(name);
	const style = styles[name];
	if (!style) return undefined;
	if (isValue(style[property])) return style[property];
	const parents = style.extends === undefined ? [] : Array.isArray(style.extends) ? style.extends : [style.extends];
	for (let i = parents.length - 1; i >= 0; i--) {
		const value = namedValue(styles, parents[i]!, property, visited);
		if (isValue(value)) return value;
	}
	return undefined;
}

const resolvedNames = new WeakMap<Styles, Map<string, TextStyle>>();

function named(styles: Styles, name: string): TextStyle {
	let byName = resolvedNames.get(styles);
	if (!byName) resolvedNames.set(styles, (byName = new Map()));
	let style = byName.get(name);
	if (!style) {
		style = {};
		for (const property of TEXT_STYLE) style[property] = namedValue(styles, name, property, new Set());
		byName.set(name, style);
	}
	return style;
}

/**
 * The text style of a node in a stack of styles, resolved once: what pdfmake's StyleContextStack.getProperty
 * answers for each property (the topmost named style or node that sets it, else the default style), which
 * it works out again on every call, walking the whole stack and making a Set for every named style in it.
 */
export function resolvedStyle(stack: StyleStack, node: object): TextStyle {
	const out: TextStyle = {};
	for (const property of TEXT_STYLE) out[property] = stack.defaultStyle?.[property];
	for (const item of [...stack.styleOverrides, node]) {
		const source = typeof item === 'string' ? named(stack.styleDictionary as Styles, item) : (item as TextStyle);
		for (const property of TEXT_STYLE) if (isValue(source[property])) out[property] = source[property];
	}
	return out;
}

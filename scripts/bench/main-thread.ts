/**
 * What the page's renderer main thread did before the first contentful paint, read from a Chromium trace. First
 * paint on a cold visit also holds the browser's own work (starting a renderer process, committing the navigation),
 * which no page can change and which swings by a factor of two on a shared two-core machine. The main thread's work
 * from the commit to the paint is the page's own share: parsing, styling, layout, painting and script. It is counted
 * in the thread's CPU time, so that time the thread waited for a core does not count as the page's.
 */
export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** the thread's CPU time within the event, where the trace recorded it */
	tdur?: number;
	pid: number;
	tid: number;
	args?: Record<string, unknown>;
}

export const PHASES = ['parse', 'style', 'layout', 'paint', 'script', 'other'] as const;
export type Phase = (typeof PHASES)[number];
/** CPU ms by phase and in all (busyMs); commitToPaintMs is wall time */
export type MainThread = Record<Phase, number> & { busyMs: number; commitToPaintMs: number };

/** The trace events that open each phase; time inside them goes to the innermost one that encloses it. */
const PHASE_OF: Record<string, Phase> = {
	ParseHTML: 'parse',
	UpdateLayoutTree: 'style',
	'Document::updateStyle': 'style',
	Layout: 'layout',
	'LocalFrameView::RunPrePaintLifecyclePhase': 'paint',
	'LocalFrameView::RunPaintLifecyclePhase': 'paint',
	'LocalFrameView::pushPaintArtifactToCompositor': 'paint',
	'v8.compile': 'script',
	'v8.compileModule': 'script',
	'v8.evaluateModule': 'script',
	'v8.run': 'script',
	EvaluateScript: 'script',
	FunctionCall: 'script',
	RunMicrotasks: 'script'
};

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function mainThreadOf(events: TraceEvent[], pid: number): number | undefined {
	return events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
}

/** Sums the main thread's tasks of the renderer that painted, from its commit of the navigation to that paint. */
export function mainThreadBeforePaint(events: TraceEvent[]): MainThread | null {
	const paint = events.filter((e) => e.name === 'firstContentfulPaint').at(-1);
	if (!paint) return null;
	const tid = mainThreadOf(events, paint.pid);
	const own = events.filter((e) => e.pid === paint.pid && e.tid === tid && e.ph === 'X' && e.ts <= paint.ts);
	const commit = own.filter((e) => e.name === 'RenderFrameImpl::CommitNavigation').at(-1);
	if (!commit) return null;
	const inWindow = own.filter((e) => e.ts >= commit.ts).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const result: MainThread = { parse: 0, style: 0, layout: 0, paint: 0, script: 0, other: 0, busyMs: 0, commitToPaintMs: (paint.ts - commit.ts) / 1000 };
	// each event's own time (its length less its children's) goes to the phase of the nearest enclosing phase event
	const stack: { end: number; phase: Phase | null; self: number }[] = [];
	const settle = (frame: { phase: Phase | null; self: number }) => (result[frame.phase ?? 'other'] += frame.self / 1000);
	for (const event of inWindow) {
		const end = event.ts + (event.dur ?? 0);
		while (stack.length > 0 && event.ts >= stack.at(-1)!.end) settle(stack.pop()!);
		const parent = stack.at(-1);
		if (!parent && !TASKS.has(event.name)) continue;
		// CPU time, cut at the paint in proportion for a task that runs past it
		const wall = event.dur ?? 0;
		const length = wall === 0 ? 0 : ((event.tdur ?? wall) * (Math.min(end, paint.ts) - event.ts)) / wall;
		if (parent) parent.self -= Math.min(length, parent.self);
		else result.busyMs += length / 1000;
		stack.push({ end, phase: PHASE_OF[event.name] ?? parent?.phase ?? null, self: length });
	}
	while (stack.length > 0) settle(stack.pop()!);
	return result;
}

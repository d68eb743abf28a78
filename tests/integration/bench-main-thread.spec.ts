import { describe, expect, it } from 'vitest';
import { mainThreadBeforePaint, type TraceEvent } from '../../scripts/bench/main-thread';

// The browser benchmark's split of first paint is only as true as its reading of the trace.
const RENDERER = 2;
const MAIN = 20;
const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
/** A complete event; times in ms, as the trace's microseconds; cpu: the thread's CPU time in it, if less than its length */
const x = (name: string, at: number, ms: number, pid = RENDERER, tid = MAIN, cpu = ms): TraceEvent => ({ name, ph: 'X', ts: at * 1000, dur: ms * 1000, tdur: cpu * 1000, pid, tid });
const fcp = (at: number): TraceEvent => ({ name: 'firstContentfulPaint', ph: 'R', ts: at * 1000, pid: RENDERER, tid: MAIN });

describe('the main thread before first paint, read from a trace', () => {
	const events = [
		meta(RENDERER, MAIN, 'CrRendererMain'),
		meta(RENDERER, 21, 'Compositor'),
		meta(1, 10, 'CrBrowserMain'),
		// an earlier navigation's work on the same thread, and the commit of this one
		x('ThreadControllerImpl::RunTask', 0, 5),
		x('ThreadControllerImpl::RunTask', 10, 8),
		x('RenderFrameImpl::CommitNavigation', 11, 6),
		// parsing, with a style recalculation and a layout the parser forced; the thread waited 4 ms for a core
		x('ThreadControllerImpl::RunTask', 20, 20, RENDERER, MAIN, 16),
		x('ParseHTML', 20, 12, RENDERER, MAIN, 8),
		x('UpdateLayoutTree', 24, 3),
		x('Layout', 27, 4),
		// a script whose own forced layout is layout, not script
		x('RunTask', 45, 15),
		x('ThreadControllerImpl::RunTask', 45, 15),
		x('v8.evaluateModule', 46, 10),
		x('Layout', 50, 2),
		// the frame, running past the paint: only what came before it counts
		x('ThreadControllerImpl::RunTask', 70, 20),
		x('LocalFrameView::RunPaintLifecyclePhase', 71, 5),
		// not this thread, not this renderer
		x('ThreadControllerImpl::RunTask', 30, 40, RENDERER, 21),
		x('ThreadControllerImpl::RunTask', 30, 40, 1, 10),
		fcp(80),
		x('ThreadControllerImpl::RunTask', 85, 10)
	];

	it("counts the tasks' CPU time from the commit to the paint, clipped at the paint", () => {
		const main = mainThreadBeforePaint(events)!;
		expect(main.commitToPaintMs).toBe(69);
		expect(main.busyMs).toBe(16 + 15 + 10);
	});

	it('gives each millisecond to the innermost phase around it', () => {
		const main = mainThreadBeforePaint(events)!;
		expect(main.parse).toBe(8 - 3 - 4);
		expect(main.style).toBe(3);
		expect(main.layout).toBe(4 + 2);
		expect(main.script).toBe(10 - 2);
		expect(main.paint).toBe(5);
		expect(main.other).toBe(16 - 8 + 15 - 10 + 10 - 5);
	});

	it('reads nothing from a trace without a first paint or without the commit', () => {
		expect(mainThreadBeforePaint(events.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
		expect(mainThreadBeforePaint(events.filter((e) => e.name !== 'RenderFrameImpl::CommitNavigation'))).toBeNull();
	});
});

export interface Schedule {
	/** Stops the schedule; resolves once a run under way has finished. */
	stop(): Promise<void>;
}

/**
 * Runs `task` every `intervalMs`, and at once with `now`. A run still under way when the next is due is
 * not doubled. `task` reports its own failures: a rejection here would go unheard. The schedule alone
 * keeps no process alive.
 */
export function repeat(task: () => Promise<void>, intervalMs: number, options: { now?: boolean } = {}): Schedule {
	let running: Promise<void> | null = null;
	const run = () => {
		running ??= task().finally(() => (running = null));
	};
	if (options.now) run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return {
		stop: async () => {
			clearInterval(timer);
			await running;
		}
	};
}

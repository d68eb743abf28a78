import { spawn, type ChildProcess } from 'node:child_process';

/** Below the built specs' 120 s hook limit, so a hung start is ended here and named, not left running. */
const HEALTHZ_LIMIT_MS = 90_000;

export interface BuiltApp {
	url: string;
	process: ChildProcess;
	/** From spawning to the first /healthz 200. */
	startMs: number;
	stop(): Promise<void>;
}

/**
 * Starts the built app as `npm start` does (scripts/serve.js: one process, or WORKERS of them) and resolves
 * once its /healthz answers `{ status: 'ok' }`, for the benchmarks and the specs that need real processes. `onOutput` gets
 * stdout and stderr line by line; without it stderr goes to ours and stdout is dropped. `nodeArgs` go to
 * node itself (the profiler's flags, which NODE_OPTIONS refuses). A variable given as undefined is removed
 * from the environment the app inherits. An app that has not answered within 90 s is killed and the promise
 * rejects.
 */
export async function startBuiltApp(env: Record<string, string | undefined>, port: number, onOutput?: (line: string) => void, nodeArgs: string[] = []): Promise<BuiltApp> {
	const url = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = spawn(process.execPath, [...nodeArgs, 'scripts/serve.js'], {
		env: Object.fromEntries(Object.entries({ ...process.env, NODE_OPTIONS: '', ...env, PORT: String(port) }).filter(([, value]) => value !== undefined)),
		stdio: ['ignore', onOutput ? 'pipe' : 'ignore', onOutput ? 'pipe' : 'inherit']
	});
	if (onOutput) {
		const collect = (chunk: Buffer) => chunk.toString('utf8').split('\n').filter(Boolean).forEach(onOutput);
		child.stdout!.on('data', collect);
		child.stderr!.on('data', collect);
	}
	const stop = () =>
		new Promise<void>((resolve) => {
			// a process ended by a signal (kill -9) has no exit code, only its signal
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	for (;;) {
		if (performance.now() - started > HEALTHZ_LIMIT_MS) {
			child.kill('SIGKILL');
			throw new Error(`the app did not answer /healthz on port ${port} within ${HEALTHZ_LIMIT_MS / 1000} s; it was killed`);
		}
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited with ${child.exitCode ?? child.signalCode} before it answered /healthz (is port ${port} taken?)`);
		try {
			// the app's own answer, not that of another server left on the port (that one the app's exit reveals)
			// a server that takes the connection and never answers must not outlast the limit either
			const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
			if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') break;
		} catch {
			// not listening yet, or an answer that is not the app's
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	return { url, process: child, startMs: performance.now() - started, stop };
}

import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
	url: string;
	process: ChildProcess;
	startMs: number;
	stop(): Promise<void>;
}

/** Starts the built app (build/index.js) and resolves once /healthz answers 200. */
export async function startServer(env: Record<string, string>, port: number): Promise<RunningServer> {
	const url = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, NODE_OPTIONS: '', ...env, PORT: String(port), ORIGIN: url, LOG_LEVEL: 'silent', BODY_SIZE_LIMIT: '2M' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	const startMs = performance.now() - started;
	return {
		url,
		process: child,
		startMs,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

/** Logs in through the real form and returns the session cookie. */
export async function loginCookie(url: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('dpia_session='));
	if (!cookie) throw new Error(`login failed (${res.status})`);
	return cookie.split(';')[0]!;
}

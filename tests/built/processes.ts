import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The worker processes of a primary: its children, from /proc. */
export function childrenOf(pid: number): number[] {
	return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

export async function waitFor<T>(what: string, probe: () => T | undefined, ms = 15_000): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const value = probe();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** `npm start`'s launcher run to its end, for starts that must refuse: its exit code and everything it wrote. */
export async function serveUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
	const child = spawn(process.execPath, ['scripts/serve.js'], { env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (b: Buffer) => (output += b));
	child.stderr.on('data', (b: Buffer) => (output += b));
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	return { code, output };
}

/**
 * Start-up time: process start to /healthz 200, on a new PGlite directory (initdb + all migrations) and
 * on an existing one, median of `runs` starts each.  npm run bench:start -- [--runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const fresh: number[] = [];
const existing: number[] = [];
for (let i = 0; i < runs; i++) {
	const dir = mkdtempSync(path.join(tmpdir(), 'dpia-start-'));
	const dataDir = path.join(dir, 'data');
	for (const into of [fresh, existing]) {
		const server = await startServer({ DATA_DIR: dataDir }, 4322);
		into.push(server.startMs);
		await server.stop();
	}
	rmSync(dir, { recursive: true, force: true });
}
console.log(`start to /healthz 200 (median of ${runs}): new data directory ${median(fresh).toFixed(0)} ms, existing ${median(existing).toFixed(0)} ms`);

/**
 * `npm run bench:model`: the server time to create a local DPIA from a model (issue 20): one transaction
 * that makes the processing, the DPIA, the model's answers, risks, measures and inventarisatie items. Runs
 * it BENCH_RUNS times (default 50) on the example pupil administration model and prints median and p95 ms.
 * In-memory PGlite by default; TEST_DATABASE_URL measures it on PostgreSQL.
 */
import { performance } from 'node:perf_hooks';
import { exampleModel } from '../../src/lib/server/model/examples';
import { addModel } from '../../src/lib/server/services/model-library';
import { startFromModel } from '../../src/lib/server/services/model-start';
import { scopeOf } from '../../src/lib/server/services/scope';
import { createTestDatabase } from '../../src/lib/server/testing/db';
import { lifecycleFixture } from '../../src/lib/server/testing/lifecycle-fixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARM_UP = 5;

const database = await createTestDatabase();
try {
	const fx = await lifecycleFixture(database.db);
	const scope = scopeOf({ organisation: fx.organisation, user: fx.people.editor });
	const { versionId } = await addModel(database.db, scope, exampleModel('leerlingadministratie-v1'));
	const times: number[] = [];
	for (let i = 0; i < WARM_UP + RUNS; i++) {
		const start = performance.now();
		await startFromModel(database.db, scope, versionId, { name: `Bench ${i}` });
		if (i >= WARM_UP) times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1);
	console.log(`local DPIA from a model (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}), ${RUNS} runs: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
} finally {
	await database.close();
}

// Adds up the JSON reports of every suite into one closing line that any CI can read.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['vitest-pglite.json', 'vitest-postgres.json', 'vitest-built.json']) {
	const path = `test-results/${file}`;
	if (!existsSync(path)) continue;
	const report = JSON.parse(readFileSync(path, 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + (report.numTodoTests ?? 0);
	console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
}
const e2ePath = 'test-results/e2e.json';
if (existsSync(e2ePath)) {
	const stats = JSON.parse(readFileSync(e2ePath, 'utf8')).stats;
	passed += stats.expected;
	failed += stats.unexpected + stats.flaky;
	console.log(`e2e: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

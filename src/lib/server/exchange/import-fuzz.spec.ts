import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { reportFixture } from '../pdf/testing/report-fixture';
import { createTestDatabase } from '../testing/db';
import { exportAssessment } from './export';
import { ImportRefused, importAssessment, parseExportText } from './import';

type Key = string | number;

/** Every place in a JSON value: the paths the fuzzer may replace. */
function places(value: unknown, path: Key[] = [], out: Key[][] = []): Key[][] {
	out.push(path);
	if (Array.isArray(value)) value.forEach((item, i) => places(item, [...path, i], out));
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) places(item, [...path, key], out);
	return out;
}

function replaced(doc: unknown, path: Key[], value: unknown): unknown {
	const copy = structuredClone(doc) as Record<Key, unknown>;
	if (path.length === 0) return value;
	const parent = path.slice(0, -1).reduce<Record<Key, unknown>>((at, key) => at[key] as Record<Key, unknown>, copy);
	parent[path.at(-1)!] = value;
	return copy;
}

const hostile = fc.oneof(
	fc.jsonValue({ maxDepth: 3 }),
	fc.constantFrom(
		'x'.repeat(25_000),
		{ text: 'Klik hier', link: 'https://evil.example' },
		'a\u0000b',
		'2026-02-30',
		-1,
		1e308,
		'not-a-uuid',
		'',
		[],
		{},
		null,
		Array.from({ length: 2000 }, (_, i) => [i, 'x'])
	)
);

/**
 * Whatever one value of a real export is replaced with, the import either takes the file or refuses it
 * with reasons that each name a place; it never throws anything else, and never lets the database be
 * the one to say no.
 */
describe('import of a tampered export', () => {
	let database: Database;
	let organisationId: string;
	let original: unknown;
	let paths: Key[][];

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await reportFixture(database.db, { slug: 'stichting-fuzz' });
		organisationId = fx.organisation.id;
		original = JSON.parse(JSON.stringify(await exportAssessment(database.db, organisationId, fx.assessment.id)));
		paths = places(original);
	});
	afterAll(async () => {
		await database.close();
	});

	it('takes the file or refuses it with a place and a reason, never anything else', async () => {
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(fc.nat(), hostile, async (index, value) => {
				const path = paths[index % paths.length]!;
				const text = JSON.stringify(replaced(original, path, value));
				try {
					const doc = parseExportText(text);
					await importAssessment(database.db, organisationId, doc, { userId: null, label: 'fuzz' }, { copy: true });
				} catch (error) {
					if (!(error instanceof ImportRefused)) throw error;
					refused++;
					for (const reason of [...error.reasons('nl'), ...error.reasons('en')]) {
						expect(reason).not.toMatch(/Invalid input|Unrecognized key|received|Too big|Too small/);
						expect(reason.length).toBeGreaterThan(3);
					}
				}
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 60) }
		);
		// the generator reaches the checks: most replacements break the file
		expect(refused).toBeGreaterThan(20);
	}, 300_000);
});

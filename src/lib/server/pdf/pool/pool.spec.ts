import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import * as workflowRepo from '../../repo/workflow';
import { createTestDatabase } from '../../testing/db';
import { reportSnapshotOf, type ReportKind, type ReportSnapshot } from '..';
import { sha256Hex } from '../hash';
import { renderReportHere } from '../render-report';
import { reportFixture } from '../testing/report-fixture';
import { ReportBudgetExceeded, ReportPool, ReportsBusy, type PoolConfig } from '.';
import { reportRefusal } from './refusal';

const config: PoolConfig = { workers: 1, queue: 1, timeoutMs: 60_000, maxBytes: 64 * 1024 * 1024, heapMb: 512 };
const fake = Promise.resolve(new URL('./fake-worker.mjs', import.meta.url).href);

describe('the report pool', () => {
	let database: Database;
	let snapshot: ReportSnapshot;
	let recorded: { full: string | null; gmr: string | null };
	const pools: ReportPool[] = [];
	const pool = (overrides: Partial<PoolConfig> = {}, file?: Promise<string>) => {
		const made = new ReportPool({ ...config, ...overrides }, file);
		pools.push(made);
		return made;
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await reportFixture(database.db);
		const { version } = (await workflowRepo.currentOf(database.db, fx.organisation.id, fx.assessment.id))!;
		snapshot = await reportSnapshotOf(database.db, version.id);
		recorded = { full: version.fullReportSha256, gmr: version.gmrReportSha256 };
	}, 180_000);

	afterAll(async () => {
		await Promise.all(pools.map((p) => p.close()));
		await database?.close();
	});

	it('renders in a worker byte for byte what this thread renders, and what sign-off recorded', async () => {
		const reports = pool({ workers: 2 });
		for (const kind of ['full', 'gmr'] as ReportKind[]) {
			for (const lang of ['nl', 'en'] as const) {
				const here = await renderReportHere(kind, snapshot, lang);
				const there = await reports.render(kind, snapshot, lang);
				expect(there.equals(here), `${kind} ${lang}`).toBe(true);
			}
		}
		expect(sha256Hex(await reports.render('full', snapshot, 'nl'))).toBe(recorded.full);
		expect(sha256Hex(await reports.render('gmr', snapshot, 'nl'))).toBe(recorded.gmr);
	});

	it('refuses a report past the workers and the queue at once, and renders the others', async () => {
		const reports = pool({ workers: 1, queue: 1 });
		const results = await Promise.allSettled([0, 1, 2].map(() => reports.render('gmr', snapshot, 'nl')));
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
		expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ReportsBusy);
		expect(reports.inFlight).toBe(0);
		// the refusal passes: the next report is made
		expect((await reports.render('gmr', snapshot, 'nl')).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('ends a report over its size budget with a clear error', async () => {
		const error = await pool({ maxBytes: 1024 }).render('gmr', snapshot, 'nl').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ReportBudgetExceeded);
		expect(error).toMatchObject({ budget: 'size', limit: 1024 });
	});

	it('ends a render over its time budget by ending its worker, and the next report gets a fresh one', async () => {
		const reports = pool({ timeoutMs: 300 }, fake);
		const error = await reports.render('hang' as ReportKind, {}, 'nl').catch((e: unknown) => e);
		expect(error).toMatchObject({ budget: 'time', limit: 300 });
		expect(error).toBeInstanceOf(ReportBudgetExceeded);
		expect([...(await reports.render('full', {}, 'nl'))]).toEqual([37, 80, 68, 70]);
	});

	it('ends a worker that runs out of its heap without harming this process', async () => {
		const reports = pool({ heapMb: 64 }, fake);
		const error = await reports.render('hog' as ReportKind, {}, 'nl').catch((e: unknown) => e);
		expect(error).toMatchObject({ budget: 'memory', limit: 64 });
		expect([...(await reports.render('full', {}, 'nl'))]).toEqual([37, 80, 68, 70]);
	});

	it('answers busy with a 503 page that says to try again, with Retry-After', async () => {
		const response = reportRefusal(new ReportsBusy(10), '/o/bestuur/assessments/1')!;
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toBe('10');
		expect(response.headers.get('content-type')).toContain('text/html');
		const body = await response.text();
		expect(body).toContain('Probeer het over een ogenblik opnieuw');
		expect(body).toContain('href="/o/bestuur/assessments/1"');
		const slow = reportRefusal(new ReportBudgetExceeded('time', 60_000), '/x')!;
		expect([slow.status, slow.headers.get('retry-after')]).toEqual([503, null]);
		expect(await slow.text()).toContain('langer dan 60 seconden');
		expect(reportRefusal(new Error('other'), '/x')).toBeNull();
	});
});

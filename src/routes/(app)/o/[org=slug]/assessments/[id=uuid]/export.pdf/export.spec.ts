import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { ReportBudgetExceeded, ReportsBusy } from '$lib/server/pdf';
import { ReportPool } from '$lib/server/pdf/pool';
import { reportFixture } from '$lib/server/pdf/testing/report-fixture';
import { hasWatermark, pdfText } from '$lib/server/pdf/testing/pdf-text';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { GET } from './+server';

type Fixture = Awaited<ReturnType<typeof reportFixture>>;

/** `people` from another board: someone of that board asking for this board's DPIA */
const fakeEvent = (db: Database['db'], fx: Fixture, role: Role, query: string, people: Fixture['people'] = fx.people) =>
	boardEvent(db, { ...fx, people }, role, `/assessments/${fx.assessment.id}/export.pdf?${query}`, { params: { id: fx.assessment.id } });

async function get(event: never): Promise<{ status: number; response?: Response }> {
	try {
		const response = await GET(event);
		return { status: response.status, response };
	} catch (thrown) {
		if (isHttpError(thrown)) return { status: thrown.status };
		throw thrown;
	}
}

describe('export.pdf endpoint', () => {
	let database: Database;
	let shared: Fixture;
	let decided: Fixture;

	beforeAll(async () => {
		database = await createTestDatabase();
		shared = await reportFixture(database.db, { slug: 'stichting-gedeeld', shared: true });
		decided = await reportFixture(database.db, { slug: 'stichting-besloten', shared: false });
	});
	afterAll(async () => {
		await database.close();
	});

	it('answers the FG with the full report as a PDF download named after processing, version and day', async () => {
		const { status, response } = await get(fakeEvent(database.db, shared, 'fg', 'report=full&lang=nl'));
		expect(status).toBe(200);
		expect(response!.headers.get('content-type')).toBe('application/pdf');
		expect(response!.headers.get('content-disposition')).toMatch(/^attachment; filename="DPIA-Snappet-v1-\d{4}-\d{2}-\d{2}\.pdf"$/);
		expect(response!.headers.get('cache-control')).toBe('private, no-store');
		const bytes = Buffer.from(await response!.arrayBuffer());
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(Number(response!.headers.get('content-length'))).toBe(bytes.length);
		// not signed off yet: a draft, with its watermark and without a fingerprint
		expect(await hasWatermark(bytes, 'CONCEPT')).toBe(true);
		expect(await pdfText(bytes)).toContain('Dit is een concept');
	});

	it('gives a (G)MR member the (G)MR report of a shared version, in English when asked', async () => {
		const { status, response } = await get(fakeEvent(database.db, shared, 'gmr', 'report=gmr&lang=en&version=1'));
		expect(status).toBe(200);
		expect(response!.headers.get('content-disposition')).toMatch(/filename="DPIA-Snappet-v1-GMR-en-\d{4}-\d{2}-\d{2}\.pdf"/);
		const bytes = Buffer.from(await response!.arrayBuffer());
		expect(await pdfText(bytes)).toContain('Report for the participation council');
		expect(await hasWatermark(bytes, 'DRAFT')).toBe(true);
	});

	it('refuses the (G)MR the full report, and the (G)MR report of a version not shared with it', async () => {
		expect((await get(fakeEvent(database.db, shared, 'gmr', 'report=full'))).status).toBe(403);
		expect((await get(fakeEvent(database.db, decided, 'gmr', 'report=gmr'))).status).toBe(403);
		// the board itself may read its (G)MR report before sharing
		expect((await get(fakeEvent(database.db, decided, 'bestuur', 'report=gmr'))).status).toBe(200);
	});

	it('answers 404 for another board, an unknown version, and 400 for a malformed query', async () => {
		expect((await get(fakeEvent(database.db, shared, 'admin', 'report=full', decided.people))).status).toBe(404);
		expect((await get(fakeEvent(database.db, shared, 'fg', 'report=full&version=7'))).status).toBe(404);
		expect((await get(fakeEvent(database.db, shared, 'fg', 'report=everything'))).status).toBe(400);
		expect((await get(fakeEvent(database.db, shared, 'fg', 'lang=de'))).status).toBe(400);
	});

	it('answers with a 503 page saying to try again when every report worker is busy, and says why a report over budget stopped', async () => {
		const render = vi.spyOn(ReportPool.prototype, 'render').mockRejectedValueOnce(new ReportsBusy(10)).mockRejectedValueOnce(new ReportBudgetExceeded('size', 64 * 1024 * 1024));
		try {
			const busy = await get(fakeEvent(database.db, shared, 'fg', 'report=full&lang=nl'));
			expect(busy.status).toBe(503);
			expect(busy.response!.headers.get('retry-after')).toBe('10');
			const page = await busy.response!.text();
			expect(page).toContain('Probeer het over een ogenblik opnieuw');
			expect(page).toContain(`href="/o/${shared.organisation.slug}/assessments/${shared.assessment.id}"`);
			const large = await get(fakeEvent(database.db, shared, 'fg', 'report=full&lang=nl'));
			expect(large.status).toBe(503);
			expect(await large.response!.text()).toContain('groter dan 64 MB');
		} finally {
			render.mockRestore();
		}
	});
});

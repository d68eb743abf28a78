import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { assessments } from '$lib/server/db/schema';
import { fakeEvent } from '$lib/server/testing/auth-event';
import { createTestDatabase } from '$lib/server/testing/db';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { outcome } from '$lib/server/testing/route-outcome';
import { actions, load } from './+page.server';

const fixture = (name: string) => readFileSync(`tests/fixtures/foreign/${name}`, 'utf8');

describe('the import page', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;
	const person = (role: 'editor' | 'viewer' | 'admin') => ({ ...fx.people[role], mustChangePassword: false });

	/** The upload as a browser without JavaScript sends it: multipart form data with the file. */
	function upload(role: 'editor' | 'viewer' | 'admin', fields: Record<string, string>, file?: { name: string; text: string }) {
		const body = new FormData();
		for (const [key, value] of Object.entries(fields)) body.set(key, value);
		if (file) body.set('file', new File([file.text], file.name, { type: 'application/json' }));
		const { event } = fakeEvent(database.db, '/o/stichting-noord/import?/upload', { user: person(role) });
		const e = event as { params: Record<string, string>; request: Request };
		e.params = { org: 'stichting-noord' };
		e.request = new Request('http://localhost/o/stichting-noord/import?/upload', { method: 'POST', body });
		return outcome(() => actions.upload!(event));
	}
	const dpias = async () => (await database.db.select({ n: count() }).from(assessments).where(eq(assessments.organisationId, fx.organisation.id)))[0]!.n;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
	});
	afterAll(async () => {
		await database.close();
	});

	it('is for admins and editors only', async () => {
		const page = (role: 'editor' | 'viewer') => {
			const { event } = fakeEvent(database.db, '/o/stichting-noord/import', { user: person(role) });
			(event as { params: Record<string, string> }).params = { org: 'stichting-noord' };
			return outcome(() => load(event));
		};
		expect(await page('editor')).toEqual({ value: {} });
		expect(await page('viewer')).toEqual({ status: 403 });
		const before = await dpias();
		expect(await upload('viewer', { format: 'cnil' }, { name: 'kompas.json', text: fixture('cnil-pia-2018.json') })).toEqual({ status: 403 });
		expect(await dpias()).toBe(before);
	});

	it('imports a CNIL PIA and answers with the report of what did not map', async () => {
		const before = await dpias();
		const done = await upload('editor', { format: 'cnil' }, { name: 'kompas.json', text: fixture('cnil-pia-2018.json') });
		const imported = (done.value as { imported: { assessmentId: string; name: string; assumptions: string[]; unmapped: { path: string }[] } }).imported;
		expect(imported.name).toBe('Leerlingvolgsysteem Kompas');
		expect(imported.assumptions[0]).toMatch(/^De PIA zegt niet/);
		expect(imported.unmapped.map((u) => u.path)).toContain('pia.dpo_opinion');
		expect(await dpias()).toBe(before + 1);
	});

	it('refuses a file that is not the kind chosen, or already here, in the person’s language, saving nothing', async () => {
		const before = await dpias();
		expect(await upload('editor', { format: 'cnil' }, { name: 'toets.json', text: fixture('par-dpia-3.0.json') })).toEqual({
			value: expect.objectContaining({ status: 400, data: { format: 'cnil', refused: ['Dit is geen CNIL PIA-bestand: de velden die dat formaat altijd heeft ontbreken.'] } })
		});
		expect(await upload('editor', { format: 'cnil' }, { name: 'kompas.json', text: fixture('cnil-pia-2018.json') })).toEqual({
			value: expect.objectContaining({ status: 409, data: { format: 'cnil', refused: ['Deze DPIA staat al in deze organisatie: "Leerlingvolgsysteem Kompas". Vink "als kopie" aan om hem nog een keer te importeren.'] } })
		});
		expect(await upload('editor', { format: 'word' }, { name: 'x.json', text: '{}' })).toEqual({ value: expect.objectContaining({ status: 400, data: { errors: { format: 'Kies de soort bestand.' } } }) });
		expect(await upload('editor', { format: 'par' })).toEqual({ value: expect.objectContaining({ status: 400, data: { format: 'par', errors: { file: 'Kies een bestand om te importeren.' } } }) });
		expect(await dpias()).toBe(before);
		expect(await upload('admin', { format: 'par', copy: 'on' }, { name: 'Toetsrijk.json', text: fixture('par-dpia-3.0.json') })).toMatchObject({ value: { imported: { name: 'Toetsrijk' } } });
		expect(await dpias()).toBe(before + 1);
	});
});

import { isHttpError, isRedirect } from '@sveltejs/kit';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { assessmentVersions, auditLog, sectionAnswers } from '$lib/server/db/schema';
import * as sectionRepo from '$lib/server/repo/section-answers';
import { listVersionDocuments } from '$lib/server/services/documents';
import { createTestDatabase } from '$lib/server/testing/db';
import { boardEvent } from '$lib/server/testing/route-event';
import { SAMPLE_PDF } from '$lib/server/testing/sample-documents';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { load as overviewLoad } from './+page.server';
import { actions, load as sectionLoad } from './[section]/+page.server';

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;
type Result = { status?: number; data?: Record<string, unknown> } & Record<string, unknown>;

/** The smallest event the guard and the actions use; form entries may repeat a name (checkbox groups). */
const fakeEvent = (db: Database['db'], fx: Fixture, role: Role, section: string, form?: [string, string][]) =>
	boardEvent(db, fx, role, `/assessments/${fx.assessment.id}/questionnaire/${section}`, { params: { id: fx.assessment.id, section }, form });

async function outcome(run: () => unknown): Promise<Result> {
	try {
		return (await run()) as Result;
	} catch (thrown) {
		if (isRedirect(thrown)) return { redirect: thrown.location };
		if (isHttpError(thrown)) return { status: thrown.status };
		throw thrown;
	}
}

describe('questionnaire routes', () => {
	let database: Database;
	let fx: Fixture;
	let zuid: Fixture;
	const stored = async (sectionId: string, f = fx) => (await sectionRepo.read(database.db, f.version.id, sectionId))!;
	const post = (action: keyof typeof actions, role: Role, section: string, form: [string, string][], f = fx) =>
		outcome(() => actions[action]!(fakeEvent(database.db, f, role, section, form)));

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db, 'stichting-noord');
		zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	});
	afterAll(async () => {
		await database.close();
	});

	it('shows the navigator with progress, and the section as form values per role', async () => {
		const overview = (await overviewLoad(fakeEvent(database.db, fx, 'viewer', ''))) as unknown as Result;
		expect(overview).toMatchObject({ processingName: 'Snappet', missing: [], canEdit: false });
		const editor = (await sectionLoad(fakeEvent(database.db, fx, 'editor', '4'))) as unknown as Result;
		expect(editor).toMatchObject({ sectionId: '4', canEdit: true, canComment: true, frozen: false });
		expect((editor.values as Record<string, unknown>)['4.1']).toEqual(['profiling']);
		const fg = (await sectionLoad(fakeEvent(database.db, fx, 'fg', '4'))) as unknown as Result;
		expect(fg).toMatchObject({ canEdit: false, canComment: true });
		const risks = (await sectionLoad(fakeEvent(database.db, fx, 'editor', '16'))) as unknown as Result;
		expect(risks.sectionId).toBe('16');
	});

	it('refuses the (G)MR, strangers, unknown sections, and editing sections kept elsewhere', async () => {
		expect(await outcome(() => sectionLoad(fakeEvent(database.db, fx, 'gmr', '1')))).toEqual({ status: 403 });
		expect(await outcome(() => sectionLoad(fakeEvent(database.db, fx, 'editor', '42')))).toEqual({ status: 404 });
		const stranger = { ...fx, people: zuid.people };
		expect(await outcome(() => sectionLoad(fakeEvent(database.db, stranger, 'admin', '1')))).toEqual({ status: 404 });
		const foreign = { ...fx, assessment: zuid.assessment };
		expect(await outcome(() => sectionLoad(fakeEvent(database.db, foreign, 'editor', '1')))).toEqual({ status: 404 });
		expect(await post('save', 'editor', '1', [['1.1', 'x']], foreign)).toEqual({ status: 404 });
		expect(await post('save', 'fg', '1', [['1.1', 'x']])).toEqual({ status: 403 });
		expect(await post('save', 'editor', '16', [['16.1', 'x']])).toEqual({ status: 404 });
	});

	it('saves a plain form post and answers with the new revision', async () => {
		const before = await stored('13');
		const result = await post('save', 'editor', '13', [['expectedRevision', String(before.revision)], ['13.1', 'false']]);
		// with the section's progress for the navigator beside the form, and no model DPIA's notes (none here)
		expect(result).toMatchObject({ kind: 'save', saved: true, revision: before.revision + 1, progress: { sectionId: '13', answered: 1, required: 1 }, model: null });
		// 13.2 and 13.3 only apply to further processing: dropped with the "no"
		expect((await stored('13')).answers).toEqual({ '13.1': false });
		// a "yes" asks for them: the progress counts them open
		const yes = await post('save', 'editor', '13', [['expectedRevision', String(before.revision + 1)], ['13.1', 'true']]);
		expect(yes).toMatchObject({ kind: 'save', saved: true, progress: { sectionId: '13', answered: 1, required: 3 } });
	});

	it('keeps every typed value when an answer is invalid, and marks the field', async () => {
		const before = await stored('10');
		const form: [string, string][] = [
			['expectedRevision', String(before.revision)],
			['10.1:amount', 'twee'],
			['10.1:unit', 'year'],
			['10.1:start', 'na vertrek'],
			['10.3', 'De administratie']
		];
		const result = await post('save', 'editor', '10', form);
		expect(result.status).toBe(400);
		expect(result.data).toMatchObject({ kind: 'save', revision: before.revision + 1, values: { '10.1:amount': 'twee', '10.3': 'De administratie' } });
		// the message says what is expected, with an example, not only that the form is wrong
		expect((result.data!.errors as Record<string, string>)['10.1']).toBe('Vul een getal in, bijvoorbeeld 120.');
		expect((await stored('10')).answers['10.1']).toEqual(before.answers['10.1']);
	});

	it('counts a save as saved when the only refused answer is the one already stored, and still marks it', async () => {
		const before = await stored('0');
		const incomplete = { value: ['ouder'], detail: {} };
		await database.db.update(sectionAnswers).set({ answers: { ...before.answers, '0.4': incomplete } }).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '0')));
		const form: [string, string][] = [['expectedRevision', String(before.revision)], ['0.1', 'Snappet Rekenen'], ['0.4', 'ouder']];
		const result = await post('save', 'editor', '0', form);
		expect(result).toMatchObject({ kind: 'save', saved: true, revision: before.revision + 1 });
		expect((result.errors as Record<string, string>)['0.4']).toMatch(/aanvullende veld/);
		expect((await stored('0')).answers).toMatchObject({ '0.1': 'Snappet Rekenen', '0.4': incomplete });
	});

	it('answers a stale save with both versions, and saves "keep mine" on the new revision', async () => {
		const start = await stored('18');
		await post('save', 'editor', '18', [['expectedRevision', String(start.revision)], ['18.1', 'Samenvatting van Eva']]);
		const late = await post('save', 'admin', '18', [['expectedRevision', String(start.revision)], ['18.1', 'Samenvatting van Ad']]);
		expect(late.status).toBe(409);
		const conflict = late.data!.conflict as { values: Record<string, string>; revision: number; savedBy: string };
		expect(conflict).toMatchObject({ values: { '18.1': 'Samenvatting van Eva' }, revision: start.revision + 1, savedBy: fx.people.editor.name });
		expect(late.data!.values).toMatchObject({ '18.1': 'Samenvatting van Ad' });
		const kept = await post('save', 'admin', '18', [['expectedRevision', String(start.revision)], ['overrideRevision', String(conflict.revision)], ['18.1', 'Samenvatting van Ad']]);
		expect(kept).toMatchObject({ kind: 'save', revision: start.revision + 2 });
		expect((await stored('18')).answers['18.1']).toBe('Samenvatting van Ad');
	});

	it('adds and removes list items without JavaScript, saving nothing until Save', async () => {
		const before = await stored('6');
		const form: [string, string][] = [['expectedRevision', String(before.revision)], ['items', 'item-6'], ['item-6~6.1', 'Snappet BV']];
		const added = await post('addItem', 'editor', '6', form);
		const ids = (added.values as Record<string, string[]>).items!;
		expect(ids).toHaveLength(2);
		expect(ids[0]).toBe('item-6');
		expect(added).toMatchObject({ kind: 'items', revision: before.revision, values: { 'item-6~6.1': 'Snappet BV' } });
		const removed = await post('removeItem', 'editor', '6', [...form, ['items', ids[1]!], ['removeItem', 'item-6']]);
		expect((removed.values as Record<string, string[]>).items).toEqual([ids[1]]);
		expect(removed.values).not.toHaveProperty('item-6~6.1');
		expect((await stored('6')).revision).toBe(before.revision);
		expect(await post('addItem', 'editor', '1', form)).toEqual({ status: 404 });
	});

	it('lets the FG comment and resolve, refuses an empty comment and a viewer', async () => {
		const empty = await post('comment', 'fg', '8', [['questionId', '8.3'], ['body', '  ']]);
		expect(empty.status).toBe(400);
		expect((empty.data!.errors as Record<string, string>).body).toBeTruthy();
		expect(await post('comment', 'fg', '8', [['questionId', '8.3'], ['body', 'Is er een Amerikaanse moeder?']])).toMatchObject({ kind: 'comment', done: 'added' });
		const page = (await sectionLoad(fakeEvent(database.db, fx, 'editor', '8'))) as unknown as { threads: { id: string; questionId: string; comments: { body: string }[] }[] };
		expect(page.threads[0]).toMatchObject({ questionId: '8.3', comments: [{ body: 'Is er een Amerikaanse moeder?' }] });
		const resolved = await post('resolve', 'editor', '8', [['threadId', page.threads[0]!.id], ['questionId', '8.3']]);
		expect(resolved).toMatchObject({ kind: 'comment', done: 'resolved', questionId: '8.3' });
		expect(await post('comment', 'viewer', '8', [['questionId', '8.3'], ['body', 'Mag ik?']])).toEqual({ status: 403 });
	});

	it('saves a pre-filled text sent back untouched with CRLF line endings as no change, with no audit entry', async () => {
		const oost = await lifecycleFixture(database.db, 'stichting-oost');
		const before = await stored('18', oost);
		const text = 'Eerste regel.\nTweede regel.\n\nDerde alinea.';
		await database.db.update(sectionAnswers).set({ answers: { ...before.answers, '18.1': text } }).where(and(eq(sectionAnswers.versionId, oost.version.id), eq(sectionAnswers.sectionId, '18')));
		const page = (await sectionLoad(fakeEvent(database.db, oost, 'editor', '18'))) as unknown as { values: Record<string, string | string[]>; revision: number };
		// what a browser posts: every field as loaded, the textarea's lines joined with CRLF
		const form = Object.entries(page.values).flatMap(([name, value]): [string, string][] =>
			(Array.isArray(value) ? value : [value]).map((v) => [name, v.replace(/\n/g, '\r\n')])
		);
		const audited = async () => (await database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.subjectId, oost.assessment.id), eq(auditLog.entity, 'answer'))))[0]!.n;
		const entries = await audited();
		const result = await post('save', 'editor', '18', [['expectedRevision', String(page.revision)], ...form], oost);
		expect(result).toMatchObject({ kind: 'save', saved: true, revision: page.revision });
		expect((await stored('18', oost)).answers['18.1']).toBe(text);
		expect(await audited()).toBe(entries);
	});

	it('refuses a crafted upload to 8.4 beside its field while 8.3 says there is no transfer, storing nothing', async () => {
		const before = await stored('8');
		await database.db.update(sectionAnswers).set({ answers: { ...before.answers, '8.1': 'nl', '8.3': false } }).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '8')));
		const user = { id: fx.people.editor.id, name: fx.people.editor.name, email: fx.people.editor.email, mustChangePassword: false };
		const url = new URL(`http://localhost/o/${fx.organisation.slug}/assessments/${fx.assessment.id}/questionnaire/8?/addDocument&question=8.4`);
		const body = new FormData();
		body.set('questionId', '8.4');
		body.set('file', new File([Buffer.from(SAMPLE_PDF)], 'dtia.pdf'));
		const event = { locals: { db: database.db, user }, params: { org: fx.organisation.slug, id: fx.assessment.id, section: '8' }, url, request: new Request(url, { method: 'POST', body }) } as never;
		const result = await outcome(() => actions.addDocument!(event));
		expect(result).toMatchObject({ status: 400, data: { kind: 'document', questionId: '8.4' } });
		expect((result.data!.errors as Record<string, string>).file).toMatch(/niet bij de antwoorden die nu zijn opgeslagen/);
		expect(await listVersionDocuments(database.db, fx.version.id)).toEqual([]);
		await database.db.update(sectionAnswers).set({ answers: before.answers }).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '8')));
	});

	it('keeps a signed-off version read-only: the page says so, a save is refused with the values kept', async () => {
		const frozen = await lifecycleFixture(database.db, 'stichting-west');
		await database.db.update(assessmentVersions).set({ frozenAt: new Date() }).where(eq(assessmentVersions.id, frozen.version.id));
		const page = (await sectionLoad(fakeEvent(database.db, frozen, 'editor', '1'))) as unknown as Result;
		expect(page).toMatchObject({ frozen: true, canEdit: false, canComment: false });
		const result = await post('save', 'editor', '1', [['expectedRevision', '1'], ['1.1', 'Toch wijzigen']], frozen);
		expect(result.status).toBe(409);
		expect(result.data).toMatchObject({ kind: 'locked', values: { '1.1': 'Toch wijzigen' } });
	});
});

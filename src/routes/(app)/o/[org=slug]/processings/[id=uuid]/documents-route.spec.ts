import { isActionFailure, isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { listProcessingDocuments } from '$lib/server/services/documents';
import { SAMPLE_HTML, SAMPLE_PDF } from '$lib/server/testing/sample-documents';
import { twoBoards, type Board } from '$lib/server/testing/two-boards';
import { eventFor, type Principal } from '../../../../../../../tests/integration/authz/harness';
import { actions, load } from './+page.server';

const ROUTE = '/(app)/o/[org=slug]/processings/[id=uuid]';

/** The processing page's document actions as the browser posts them: a multipart form, without JavaScript. */
describe('processing documents route', () => {
	let database: Database;
	let noord: Board;
	let zuid: Board;
	const as = (fx: typeof noord, role: 'editor' | 'viewer'): Principal => ({ label: role, user: { ...fx.people[role], mustChangePassword: false }, apiPrincipal: null });
	const ids = (fx: typeof noord, processingId = fx.processing.id) => ({ org: fx.organisation.slug, 'processings.id': processingId });

	async function upload(principal: Principal, target: Record<string, string>, bytes: Uint8Array, name: string): Promise<unknown> {
		const event = eventFor(database.db, { routeId: ROUTE, name: 'action addDocument', kind: 'action', run: () => null }, principal, target);
		const body = new FormData();
		body.set('file', new File([Buffer.from(bytes)], name));
		return await actions.addDocument!({ ...event, request: new Request(event.url, { method: 'POST', body, headers: { origin: 'http://localhost' } }) } as never);
	}
	const scope = (fx: typeof noord) => ({ organisationId: fx.organisation.id, actor: { userId: null, label: 'test' } });

	beforeAll(async () => {
		({ database, noord, zuid } = await twoBoards());
	});
	afterAll(async () => {
		await database.close();
	});

	it('stores an upload and lists it on the page', async () => {
		expect(await upload(as(noord, 'editor'), ids(noord), SAMPLE_PDF, 'contract.pdf')).toEqual({ saved: 'doc_added' });
		const page = (await load(eventFor(database.db, { routeId: ROUTE, name: 'load', kind: 'load', run: () => null }, as(noord, 'viewer'), ids(noord)) as never)) as { documents: { fileName: string }[]; can: { edit: boolean } };
		expect(page.documents.map((d) => d.fileName)).toEqual(['contract.pdf']);
		expect(page.can.edit).toBe(false);
	});

	it('refuses a disallowed type beside the field, storing nothing', async () => {
		const result = await upload(as(noord, 'editor'), ids(noord), SAMPLE_HTML, 'scan.pdf');
		expect(isActionFailure(result) && result.status === 400 && (result.data as unknown as { errors: Record<string, string> }).errors.file).toMatch(/PDF, DOCX/);
		expect(await listProcessingDocuments(database.db, scope(noord), noord.processing.id)).toHaveLength(1);
	});

	it('answers 404 for another board\u2019s processing, storing nothing there', async () => {
		const outcome = await upload(as(zuid, 'editor'), ids(zuid, noord.processing.id), SAMPLE_PDF, 'x.pdf').catch((e: unknown) => e);
		expect(isHttpError(outcome) && outcome.status).toBe(404);
		const [doc] = await listProcessingDocuments(database.db, scope(noord), noord.processing.id);
		const event = eventFor(database.db, { routeId: ROUTE, name: 'action removeDocument', kind: 'action', run: () => null }, as(zuid, 'editor'), ids(zuid, noord.processing.id), { documentId: doc!.id });
		const removed = await Promise.resolve(actions.removeDocument!(event as never)).catch((e: unknown) => e);
		expect(isHttpError(removed) && removed.status).toBe(404);
		expect(await listProcessingDocuments(database.db, scope(noord), noord.processing.id)).toHaveLength(1);
		expect(await listProcessingDocuments(database.db, scope(zuid), noord.processing.id)).toEqual([]);
	});
});

import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { isActionFailure } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { auditLog } from '$lib/server/db/schema';
import { createTestDatabase } from '$lib/server/testing/db';
import * as supplierRepo from '$lib/server/repo/suppliers';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { classify, eventFor, handlersOf, type Handler, type Principal } from './harness';
import { ACCESS } from './table';

const modules = import.meta.glob<Record<string, unknown>>(['/src/routes/**/+page.server.ts', '/src/routes/**/+server.ts'], { eager: true });
const targets: Handler[] = Object.entries(modules)
	.flatMap(([file, mod]) => handlersOf(file, mod))
	.filter((h) => h.kind === 'action' || (h.kind === 'endpoint' && h.name !== 'GET'));

const FIELDS = ['title', 'name', 'email', 'password', 'newPassword', 'role', 'riskId', 'measureId', 'userId', 'tokenId', 'severity', 'likelihood', 'note', 'text', 'verdict', 'decision', 'motivation', 'catalogueId', 'reasoning', 'fgView', 'schoolIds', 'subjects', 'step', 'go', 'revision', 'itemId', 'questionId', 'threadId', 'body', 'dueOn', 'status', 'type', 'S-1', 'q:camera', '1.1', 'slug', 'kvkNumber', 'privacyContact', 'agreementModel', 'agreementValidUntil', 'storageCountry', 'country', 'mechanism', 'activity', 'kind', 'validUntil', 'index', 'supplierId', 'schoolId', 'brin', 'sector', 'documentId', 'file', 'replaces', 'org', 'tenant', 'hostedDomain', 'issuer', 'clientId', 'clientSecret', 'allowedDomains', 'createAccounts', 'passwordLoginOff', 'key', 'reason', 'owner', 'versionId', 'example', 'format', 'copy'];
const HUGE = 'x'.repeat(1024 * 1024);

const value = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('', ' ', '0', '-1', '99999999999999999999', 'NaN', 'true', '2026-02-30', '../../etc/passwd', '<script>alert(1)</script>', "'; drop table users; --", '\u0000', '😀'.repeat(50), HUGE),
	fc.uuid()
);
const form = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value, { maxKeys: 8 });
// Tried first on every handler, whatever the seed: a NUL character, which PostgreSQL stores in no text,
// in every field at once and alone in each free-text field (where it would otherwise reach the database).
const TEXT_FIELDS = ['title', 'name', 'note', 'text', 'motivation', 'reasoning', 'fgView', 'body', '1.1', 'privacyContact', 'activity', 'reason', 'owner'];
const NUL_EXAMPLES: [Record<string, string>][] = [
	[Object.fromEntries(FIELDS.map((field) => [field, 'a\u0000b']))],
	...TEXT_FIELDS.map((field): [Record<string, string>] => [{ [field]: 'Tekst met \u0000 erin' }])
];

describe('bad input never breaks a form action or endpoint', () => {
	let database: Database;
	let ids: Record<string, string>;
	let people: Record<string, Principal>;
	let tried = 0;

	beforeAll(async () => {
		database = await createTestDatabase();
		const fx = await lifecycleFixture(database.db, 'stichting-noord');
		const supplier = await supplierRepo.insert(database.db, fx.organisation.id, { name: 'Fuzz BV' } as never);
		ids = { supplierId: supplier.id, org: 'stichting-noord', section: '2', token: 'x', 'assessments.id': fx.assessment.id, 'processings.id': fx.processing.id, riskId: fx.assessment.id, measureId: fx.assessment.id, shareId: fx.assessment.id };
		people = Object.fromEntries(ROLES.map((role) => [role, { label: role, user: { ...fx.people[role], mustChangePassword: false }, apiPrincipal: null, organisationHeader: 'stichting-noord' }]));
	});
	afterAll(async () => {
		console.log(`bad-input fuzzing: ${targets.length} actions and endpoints, ${tried} inputs`);
		await database?.close();
	});

	it.each(targets.map((t) => [`${t.routeId} ${t.name}`, t] as const))('%s', async (_key, handler) => {
		const rule = ACCESS[`${handler.routeId} ${handler.name}`];
		const capability = rule && typeof rule === 'object' ? ('page' in rule ? rule.page : rule.api) : null;
		const role = capability ? ROLES.find((r) => can(r, capability)) : 'admin';
		const caller = people[role ?? 'admin']!;
		await fc.assert(
			fc.asyncProperty(form, async (fields) => {
				tried++;
				const before = (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
				let result: unknown;
				const outcome = await classify(async () => (result = await handler.run(eventFor(database.db, handler, caller, ids, fields))));
				expect(outcome.startsWith('crash'), `${outcome} for ${JSON.stringify(fields).slice(0, 300)}`).toBe(false);
				// A refused form changes nothing: every change is audited, so the trail must not have grown.
				if (isActionFailure(result)) expect((await database.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(before);
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 12) + NUL_EXAMPLES.length, examples: NUL_EXAMPLES }
		);
	});
});

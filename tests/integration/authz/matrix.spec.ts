import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, type Capability, type Role } from '$lib/domain/roles';
import { createApiToken, validateApiToken } from '$lib/server/auth/api-token';
import { revokeToken } from '$lib/server/services/api-tokens';
import type { Database } from '$lib/server/db';
import { gmrShares } from '$lib/server/db/schema';
import * as measureRepo from '$lib/server/repo/measures';
import * as riskRepo from '$lib/server/repo/risks';
import * as schoolRepo from '$lib/server/repo/schools';
import * as supplierRepo from '$lib/server/repo/suppliers';
import { addSupplierDocument } from '$lib/server/services/documents';
import { createTestDatabase } from '$lib/server/testing/db';
import { fileOf, SAMPLE_PDF } from '$lib/server/testing/sample-documents';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';
import { classify, eventFor, handlersOf, type Handler, type Outcome, type Principal } from './harness';
import { ACCESS, type Rule } from './table';

const modules = import.meta.glob<Record<string, unknown>>(['/src/routes/**/+page.server.ts', '/src/routes/**/+layout.server.ts', '/src/routes/**/+server.ts'], { eager: true });
const handlers: Handler[] = Object.entries(modules).flatMap(([file, mod]) => handlersOf(file, mod));
const keyOf = (h: Handler) => `${h.routeId} ${h.name}`;

function expected(rule: Rule, principal: string): Outcome {
	if (rule === 'public') return 'allowed';
	if (rule === 'secret-url') return 'not_found';
	if (rule === 'setup-closed') return 'not_found';
	if (rule === 'anonymous-only') return principal === 'anonymous' ? 'allowed' : 'redirect_home';
	if (rule === 'session') return principal === 'anonymous' ? 'login' : 'allowed';
	const api = 'api' in rule;
	const capability: Capability = api ? rule.api : rule.page;
	if (principal === 'anonymous' || principal === 'revoked token') return api ? 'unauthorized' : 'login';
	if (principal === 'other board') return 'not_found';
	const role = principal.replace(/^(token|session) /, '') as Role;
	return can(role, capability) ? 'allowed' : 'forbidden';
}

describe('authorization matrix: every route handler × every kind of caller', () => {
	let database: Database;
	let principals: Principal[];
	let apiPrincipals: Principal[];
	/** Actions that need an existing item in the form get a fresh one per call, so only the guard can refuse. */
	let FORMS: Record<string, () => Promise<Record<string, string>>> = {};
	const ids: Record<string, string> = { org: 'stichting-noord', section: '2', token: 'no-such-calendar-token' };

	beforeAll(async () => {
		database = await createTestDatabase();
		const db = database.db;
		const noord = await lifecycleFixture(db, 'stichting-noord');
		const zuid = await lifecycleFixture(db, 'stichting-zuid');
		const risk = await riskRepo.create(db, noord.version.id, { title: 'Etikettering', severity: 3, likelihood: 2 } as never);
		const measure = await measureRepo.create(db, noord.version.id, { title: 'Uitleg', type: 'organisational' } as never, [risk.id]);
		const [share] = await db.insert(gmrShares).values({ versionId: noord.version.id, sharedOn: '2026-11-01' } as never).returning();
		const supplier = await supplierRepo.insert(db, noord.organisation.id, { name: 'Matrix BV' } as never);
		const document = await addSupplierDocument(db, { organisationId: noord.organisation.id, actor: { userId: null, label: 'matrix' } }, supplier.id, { file: fileOf(SAMPLE_PDF, 'vwo.pdf'), kind: 'agreement' });
		const A = '/(app)/o/[org=slug]/assessments/[id=uuid]';
		let schoolCount = 0;
		const freshSchool = async () => ({ schoolId: (await schoolRepo.insert(db, noord.organisation.id, { name: `Matrixschool ${++schoolCount}`, brin: null, sector: 'po' })).id });
		FORMS = {
			'/(app)/o/[org=slug]/admin/schools action archive': freshSchool,
			'/(app)/o/[org=slug]/admin/schools action reactivate': freshSchool,
			[`${A}/risks action delete`]: async () => ({ riskId: (await riskRepo.create(db, noord.version.id, { title: 'Weg', severity: 1, likelihood: 1 } as never)).id }),
			[`${A}/measures action delete`]: async () => ({ measureId: (await measureRepo.create(db, noord.version.id, { title: 'Weg', type: 'technical' } as never, [risk.id])).id })
		};
		Object.assign(ids, { 'assessments.id': noord.assessment.id, 'processings.id': noord.processing.id, riskId: risk.id, measureId: measure.id, shareId: share!.id, supplierId: supplier.id, documentId: document.id });

		const asUser = (label: string, p: { id: string; name: string; email: string }): Principal => ({ label, user: { ...p, mustChangePassword: false }, apiPrincipal: null });
		principals = [
			{ label: 'anonymous', user: null, apiPrincipal: null },
			...ROLES.map((role) => asUser(role, noord.people[role])),
			asUser('other board', zuid.people.admin)
		];
		const token = async (role: Role) =>
			(await validateApiToken(db, (await createApiToken(db, { organisationId: noord.organisation.id, name: role, role, createdBy: null })).token))!;
		const revoked = await createApiToken(db, { organisationId: noord.organisation.id, name: 'old', role: 'admin', createdBy: null });
		await revokeToken(db, { organisationId: noord.organisation.id, userId: noord.people.admin.id, actor: { userId: null, label: 'test' } }, revoked.id);
		apiPrincipals = [
			{ label: 'anonymous', user: null, apiPrincipal: null },
			{ label: 'revoked token', user: null, apiPrincipal: await validateApiToken(db, revoked.token) },
			...(await Promise.all(ROLES.map(async (role) => ({ label: `token ${role}`, user: null, apiPrincipal: await token(role) })))),
			...ROLES.map((role) => ({ ...asUser(`session ${role}`, noord.people[role]), organisationHeader: 'stichting-noord' })),
			{ ...asUser('other board', zuid.people.admin), organisationHeader: 'stichting-noord' }
		];
	});
	afterAll(async () => {
		await database?.close();
	});

	it('has a rule in the table for every handler, and no rule for a handler that is gone', () => {
		const found = handlers.map(keyOf).sort();
		expect(found.filter((k) => !(k in ACCESS)), 'handlers missing from tests/integration/authz/table.ts').toEqual([]);
		expect(Object.keys(ACCESS).filter((k) => !found.includes(k)), 'stale rules in the table').toEqual([]);
	});

	it('allows and refuses exactly as the table says', async () => {
		const mismatches: string[] = [];
		let cases = 0;
		for (const handler of handlers) {
			const rule = ACCESS[keyOf(handler)];
			if (!rule) continue;
			const callers = handler.routeId.startsWith('/api/') ? apiPrincipals : principals;
			for (const principal of callers) {
				cases++;
				const want = expected(rule, principal.label);
				const form = await (FORMS[keyOf(handler)]?.() ?? {});
				let got = await classify(() => handler.run(eventFor(database.db, handler, principal, ids, form)));
				// A public endpoint may answer with a redirect home (the language switch does): still allowed.
				if (rule === 'public' && got === 'redirect_home') got = 'allowed';
				if (got !== want) mismatches.push(`${keyOf(handler)} as ${principal.label}: expected ${want}, got ${got}`);
			}
		}
		console.log(`authorization matrix: ${handlers.length} handlers, ${cases} cases`);
		expect(mismatches).toEqual([]);
		expect(cases).toBeGreaterThan(handlers.length * 8);
	});
});

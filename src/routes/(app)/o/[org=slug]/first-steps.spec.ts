import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirstStepView } from '$lib/domain/first-steps';
import type { Role } from '$lib/domain/roles';
import type { Database } from '$lib/server/db';
import { schools, suppliers } from '$lib/server/db/schema';
import { createOrganisation, createUser, setMembership } from '$lib/server/services/accounts';
import { createTestDatabase } from '$lib/server/testing/db';
import { newAssessment, type FixtureUser } from '$lib/server/testing/lifecycle-fixture';
import { routeEvent } from '$lib/server/testing/route-event';
import { actions as userActions } from './admin/users/+page.server';
import { load as dashboardLoad } from './+page.server';
import { load as workflowLoad } from './assessments/[id=uuid]/workflow/+page.server';

/** A board as /setup leaves it (one admin), growing step by step, beside a full board whose FG must not count for it. */
describe('a new board: first steps on the dashboard, and the roles a DPIA would wait for', () => {
	let database: Database;
	let db: Database['db'];
	let organisationId: string;
	let assessmentId: string;
	const people = {} as Record<'admin' | 'editor' | 'gmr', FixtureUser>;

	const stepsFor = async (person: FixtureUser) => {
		const data = (await dashboardLoad(routeEvent(db, '/o/waard', { person, params: { org: 'waard' } }))) as { steps: FirstStepView[] | null };
		return data.steps;
	};
	const open = async () => (await stepsFor(people.admin))?.filter((s) => !s.done).map((s) => s.id) ?? [];
	const waitingFor = async (person: FixtureUser) => {
		const path = `/o/waard/assessments/${assessmentId}/workflow`;
		const data = (await workflowLoad(routeEvent(db, path, { person, params: { org: 'waard', id: assessmentId } }))) as { missingRoles: Role[] };
		return data.missingRoles;
	};
	const member = async (email: string, role: Role, org = organisationId) => {
		const user = await createUser(db, { email, name: email, password: 'een-lang-wachtwoord' });
		await setMembership(db, { userId: user.id, organisationId: org, role });
		return user;
	};

	beforeAll(async () => {
		database = await createTestDatabase();
		db = database.db;
		organisationId = (await createOrganisation(db, { name: 'Stichting De Waard', slug: 'waard' })).id;
		people.admin = await member('admin@waard.test', 'admin');
		people.editor = await member('editor@waard.test', 'editor');
		people.gmr = await member('gmr@waard.test', 'gmr');
		// another board with every role: none of them may count for De Waard
		const full = (await createOrganisation(db, { name: 'Stichting Vol', slug: 'vol' })).id;
		await member('fg@vol.test', 'fg', full);
		await member('bestuur@vol.test', 'bestuur', full);
	});
	afterAll(async () => {
		await database.close();
	});

	it('shows a fresh board every step, and each role which steps are its own', async () => {
		const admin = await stepsFor(people.admin);
		expect(admin?.map((s) => [s.id, s.done, s.yours])).toEqual([
			['schools', false, true],
			['fg', false, true],
			['board', false, true],
			['suppliers', false, true],
			['processing', false, true]
		]);
		const editor = await stepsFor(people.editor);
		expect(editor?.filter((s) => s.yours).map((s) => s.id)).toEqual(['suppliers', 'processing']);
		// the (G)MR sees only what was shared with it: no register, no setup
		const gmr = (await dashboardLoad(routeEvent(db, '/o/waard', { person: people.gmr, params: { org: 'waard' } }))) as { steps: unknown };
		expect(gmr.steps).toBeNull();
	});

	it('names the FG and the board on a DPIA while nobody of this board holds those roles', async () => {
		assessmentId = (await newAssessment(db, organisationId, people.editor.id, 'Kijkwijzer')).assessment.id;
		expect(await waitingFor(people.editor)).toEqual(['fg', 'bestuur']);
	});

	it('counts an invitation not yet accepted, and ticks the steps off as the board fills', async () => {
		const invite = routeEvent(db, '/o/waard/admin/users', { person: people.admin, params: { org: 'waard' }, form: { email: 'fg@waard.test', name: 'Fenna FG', role: 'fg' } });
		expect(await userActions.add!(invite)).toMatchObject({ done: 'invited' });
		expect(await waitingFor(people.editor)).toEqual(['bestuur']);
		// the newAssessment above registered the first processing
		expect(await open()).toEqual(['schools', 'board', 'suppliers']);

		await db.insert(schools).values({ organisationId, name: 'OBS De Waard', active: false });
		await db.insert(suppliers).values({ organisationId, name: 'Weg BV', archivedAt: new Date() });
		expect(await open(), 'an archived school or supplier does not count').toEqual(['schools', 'board', 'suppliers']);

		await db.insert(schools).values({ organisationId, name: 'CBS De Dijk' });
		await db.insert(suppliers).values({ organisationId, name: 'Kijk BV' });
		await member('bestuur@waard.test', 'bestuur');
		expect(await waitingFor(people.editor)).toEqual([]);
		expect(await stepsFor(people.admin)).toBeNull();
	});
});

import type { Role } from '$lib/domain/roles';
import type { Db } from '../db';
import { assessments, assessmentVersions, memberships, organisations, processings, schools, sectionAnswers, users } from '../db/schema';
import { sampleSectionAnswers } from './sample-answers';
import { one } from '../repo/rows';

export interface FixtureUser {
	id: string;
	name: string;
	email: string;
}

/**
 * An organisation with one member per role and a DPIA in concept, written straight to the tables so
 * lifecycle tests do not depend on the pre-scan or questionnaire services.
 */
export async function lifecycleFixture(db: Db, slug = 'stichting-noord') {
	const organisation = one(await db.insert(organisations).values({ slug, name: `Stichting ${slug}` }).returning());
	await db.insert(schools).values([
		{ organisationId: organisation.id, name: 'OBS De Linde' },
		{ organisationId: organisation.id, name: 'CBS Het Kompas' }
	]);
	const roles: Role[] = ['admin', 'editor', 'fg', 'bestuur', 'gmr', 'viewer'];
	const people = {} as Record<Role, FixtureUser>;
	for (const role of roles) {
		const email = `${role}@${slug}.test`;
		const user = one(await db.insert(users).values({ email, name: `${role} ${slug}`, passwordHash: 'x' }).returning());
		await db.insert(memberships).values({ userId: user.id, organisationId: organisation.id, role });
		people[role] = { id: user.id, name: user.name, email };
	}
	const assessment = await newAssessment(db, organisation.id, people.editor.id, 'Snappet');
	return { organisation, people, ...assessment };
}

export async function newAssessment(db: Db, organisationId: string, createdBy: string, name: string) {
	const processing = one(
		await db.insert(processings).values({ organisationId, name, vendor: 'Snappet BV', createdBy, prescanOutcome: 'mandatory' }).returning()
	);
	const assessment = one(await db.insert(assessments).values({ organisationId, processingId: processing.id }).returning());
	const version = one(
		await db.insert(assessmentVersions).values({ assessmentId: assessment.id, organisationId, number: 1, createdBy }).returning()
	);
	// Fully answered, so the lifecycle can be walked; tests of the submit guard clear answers themselves.
	const answers = Object.entries(sampleSectionAnswers()).map(([sectionId, values]) => ({ versionId: version.id, sectionId, answers: values }));
	await db.insert(sectionAnswers).values(answers);
	return { processing, assessment, version };
}

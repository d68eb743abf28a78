/**
 * Fills a database for the benchmarks: `orgs` boards with 20 people each and `dpias` DPIAs spread over
 * them, each with answers, three risks and two measures. Rows go in with bulk inserts, not through the
 * services, so 100,000 DPIAs take minutes rather than hours; the shape is what the services would write.
 */
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Db } from '../../src/lib/server/db';
import {
	assessments,
	assessmentVersions,
	measureRisks,
	measures,
	memberships,
	organisations,
	processings,
	risks,
	schools,
	sectionAnswers,
	users
} from '../../src/lib/server/db/schema';
import { sampleSectionAnswers } from '../../src/lib/server/testing/sample-answers';

export const BENCH_PASSWORD = 'Bench-wachtwoord-2026';
const ROLES = ['admin', 'editor', 'editor', 'fg', 'bestuur', 'gmr', ...Array(14).fill('viewer')] as const;
const STATUSES = ['concept', 'fg_review', 'fg_advice', 'board_decision', 'shared_gmr', 'in_force'];
const LEVELS = ['low', 'medium', 'high', 'very_high'];

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function populate(db: Db, options: { orgs: number; dpias: number }): Promise<{ slug: string; email: string; assessmentId: string }> {
	const passwordHash = await hashPassword(BENCH_PASSWORD);
	const answers = sampleSectionAnswers();
	let first: { slug: string; email: string; assessmentId: string } | undefined;
	const perOrg = Math.ceil(options.dpias / options.orgs);
	for (let o = 0; o < options.orgs; o++) {
		const slug = `bench-${o}`;
		const [org] = await db.insert(organisations).values({ slug, name: `Stichting Bench ${o}` }).returning();
		const orgSchools = await db.insert(schools).values([0, 1, 2].map((s) => ({ organisationId: org!.id, name: `School ${o}-${s}` }))).returning();
		const people = await db.insert(users).values(ROLES.map((_, u) => ({ email: `u${u}@${slug}.test`, name: `Persoon ${u}`, passwordHash }))).returning();
		await db.insert(memberships).values(people.map((p, u) => ({ userId: p.id, organisationId: org!.id, role: ROLES[u]! })));
		const count = Math.min(perOrg, options.dpias - o * perOrg);
		if (count <= 0) continue;
		const procs = await db
			.insert(processings)
			.values(Array.from({ length: count }, (_, i) => ({ organisationId: org!.id, name: `Leermiddel ${o}-${i}`, vendor: `Leverancier ${i % 37}`, prescanOutcome: 'mandatory', createdBy: people[1]!.id })))
			.returning({ id: processings.id });
		const assess = await db
			.insert(assessments)
			.values(
				procs.map((p, i) => ({
					organisationId: org!.id,
					processingId: p.id,
					status: STATUSES[i % STATUSES.length]!,
					highestResidualLevel: LEVELS[i % LEVELS.length]!,
					reviewDueOn: `20${26 + (i % 4)}-0${1 + (i % 9)}-15`
				}))
			)
			.returning({ id: assessments.id });
		const versions = await db
			.insert(assessmentVersions)
			.values(assess.map((a) => ({ assessmentId: a.id, organisationId: org!.id, number: 1 })))
			.returning({ id: assessmentVersions.id });
		await inBatches(versions, 50, (batch) =>
			db.insert(sectionAnswers).values(batch.flatMap((v) => Object.entries(answers).map(([sectionId, values]) => ({ versionId: v.id, sectionId, answers: values }))))
		);
		const riskRows = versions.flatMap((v) => [1, 2, 3].map((n) => ({ versionId: v.id, catalogueId: `R0${n}`, title: `Risico ${n}`, severity: n, likelihood: 4 - n, residualSeverity: 1, residualLikelihood: 1, position: n })));
		const storedRisks: { id: string; versionId: string }[] = [];
		await inBatches(riskRows, 500, async (batch) => storedRisks.push(...(await db.insert(risks).values(batch).returning({ id: risks.id, versionId: risks.versionId }))));
		const measureRows = versions.flatMap((v) => [1, 2].map((n) => ({ versionId: v.id, title: `Maatregel ${n}`, type: 'organisational', owner: 'Directeur', dueOn: `2026-0${n}-01`, status: n === 1 ? 'done' : 'planned', position: n })));
		const storedMeasures: { id: string; versionId: string }[] = [];
		await inBatches(measureRows, 500, async (batch) => storedMeasures.push(...(await db.insert(measures).values(batch).returning({ id: measures.id, versionId: measures.versionId }))));
		const riskOf = new Map(storedRisks.map((r) => [r.versionId, r.id]));
		await inBatches(storedMeasures, 500, (batch) => db.insert(measureRisks).values(batch.map((m) => ({ measureId: m.id, riskId: riskOf.get(m.versionId)! }))));
		first ??= { slug, email: `u0@${slug}.test`, assessmentId: assess[0]!.id };
		void orgSchools;
	}
	if (!first) throw new Error('nothing populated');
	return first;
}

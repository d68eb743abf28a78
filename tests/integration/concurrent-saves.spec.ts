import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db';
import { auditLog, sectionAnswers } from '$lib/server/db/schema';
import { EditConflict, saveSection } from '$lib/server/services/questionnaire';
import { createTestDatabase } from '$lib/server/testing/db';
import { lifecycleFixture } from '$lib/server/testing/lifecycle-fixture';

/** Issue 6, reliability: many people saving one section at the same moment lose nothing silently. */
describe('50 simultaneous saves of one questionnaire section', () => {
	let database: Database;
	let fx: Awaited<ReturnType<typeof lifecycleFixture>>;

	beforeAll(async () => {
		database = await createTestDatabase();
		fx = await lifecycleFixture(database.db);
	});
	afterAll(async () => {
		await database?.close();
	});

	it('lets exactly one win per revision; the others get the conflict with the stored answers', async () => {
		const [row] = await database.db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '1')));
		const scope = (i: number) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people.editor.id, label: `sessie ${i}` } });
		const results = await Promise.allSettled(
			Array.from({ length: 50 }, (_, i) =>
				saveSection(database.db, scope(i), fx.assessment.id, { sectionId: '1', answers: { ...row!.answers, '1.1': `Versie ${i}` }, expectedRevision: row!.revision })
			)
		);
		const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
		const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof EditConflict);
		expect(won).toHaveLength(1);
		expect(conflicts).toHaveLength(49);

		const [after] = await database.db.select().from(sectionAnswers).where(and(eq(sectionAnswers.versionId, fx.version.id), eq(sectionAnswers.sectionId, '1')));
		expect(after!.answers['1.1']).toBe(`Versie ${won[0]}`);
		expect(after!.revision).toBe(row!.revision + 1);
		const trail = await database.db.select().from(auditLog).where(and(eq(auditLog.subjectId, fx.assessment.id), eq(auditLog.entity, 'answer'), eq(auditLog.entityId, '1.1')));
		expect(trail).toHaveLength(1);
		expect(trail[0]!.actorLabel).toBe(`sessie ${won[0]}`);
		for (const c of conflicts) expect((c as PromiseRejectedResult).reason.stored['1.1']).toBe(`Versie ${won[0]}`);
	});
});

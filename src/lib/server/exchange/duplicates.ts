import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { assessments, auditLog, processings } from '../db/schema';

export interface ExistingDpia {
	assessmentId: string;
	name: string;
}

/**
 * The DPIA of this board that a file is already: the exported DPIA itself (a file exported here and
 * brought back), or one made by an earlier import of the same exported DPIA, which the import's audit
 * entry records by its source id. Null when the board has neither.
 */
export async function existingImport(db: Db | Tx, organisationId: string, sourceAssessmentId: string): Promise<ExistingDpia | null> {
	const [own] = await db
		.select({ assessmentId: assessments.id, name: processings.name })
		.from(assessments)
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(and(eq(assessments.organisationId, organisationId), eq(assessments.id, sourceAssessmentId)));
	if (own) return own;
	const [imported] = await db
		.select({ assessmentId: assessments.id, name: processings.name })
		.from(auditLog)
		.innerJoin(assessments, and(eq(assessments.id, auditLog.subjectId), eq(assessments.organisationId, organisationId)))
		.innerJoin(processings, eq(processings.id, assessments.processingId))
		.where(
			and(
				eq(auditLog.organisationId, organisationId),
				eq(auditLog.action, 'import'),
				eq(auditLog.entity, 'assessment'),
				sql`${auditLog.after}->>'sourceAssessmentId' = ${sourceAssessmentId}`
			)
		)
		.orderBy(desc(auditLog.id))
		.limit(1);
	return imported ?? null;
}

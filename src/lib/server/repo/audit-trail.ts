import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { auditLog, type AuditEntry } from '../db/schema';
import { one } from './rows';

/**
 * Read-only view on the append-only audit log: the entries about some subjects (a DPIA and its
 * processing), newest first. The organisation is checked as well, so a subject id alone never reaches
 * another board's entries. Ordered by id, which grows with every insert, so entries written in the same
 * millisecond keep their order.
 */
export async function list(db: Db | Tx, organisationId: string, subjectIds: string[], page: { limit: number; offset: number }) {
	const where = and(eq(auditLog.organisationId, organisationId), inArray(auditLog.subjectId, subjectIds));
	const [rows, total] = await Promise.all([
		db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset),
		db.select({ n: count() }).from(auditLog).where(where)
	]);
	return { rows: rows as AuditEntry[], total: one(total).n };
}

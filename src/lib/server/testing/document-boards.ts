import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { auditLog } from '../db/schema';
import * as supplierRepo from '../repo/suppliers';
import { twoBoards, type Board } from './two-boards';

export type { Board };

/** The document specs' world: the two boards (`twoBoards`) and a supplier of noord's to attach to. */
export async function documentBoards() {
	const { database, noord, zuid } = await twoBoards();
	const supplierId = (await supplierRepo.insert(database.db, noord.organisation.id, { name: 'Leerplatform BV' } as never)).id;
	return { database, noord, zuid, supplierId };
}

/** Eva, the board's editor, who uploads in these specs. */
export const editorScope = (board: Board) => ({ organisationId: board.organisation.id, actor: { userId: board.people.editor.id, label: 'Eva' } });

/** A document's audit entries, oldest first. */
export const documentTrail = (db: Db, id: string) =>
	db.select().from(auditLog).where(and(eq(auditLog.entity, 'document'), eq(auditLog.entityId, id))).orderBy(auditLog.id);

export const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

import { scopeOf } from '../services/scope';
import { createTestDatabase } from './db';
import { lifecycleFixture } from './lifecycle-fixture';

export type Board = Awaited<ReturnType<typeof lifecycleFixture>>;

/**
 * A fresh database (`createTestDatabase`) with two boards, noord and zuid: most server specs work in one
 * and check that the other sees none of it.
 */
export async function twoBoards() {
	const database = await createTestDatabase();
	const noord = await lifecycleFixture(database.db, 'stichting-noord');
	const zuid = await lifecycleFixture(database.db, 'stichting-zuid');
	return { database, noord, zuid };
}

/** What a service gets when the board's admin acts. */
export const adminScope = (board: Board) => scopeOf({ organisation: board.organisation, user: board.people.admin });

import type { School } from '../db/schema';
import { recordAudit } from '../audit';
import type { Db, Tx } from '../db';
import * as repo from '../repo/schools';
import { NotFound, type Scope } from './scope';

export class SchoolError extends Error {
	readonly _tag = 'SchoolError';
	constructor(readonly code: 'name_taken' | 'brin_taken') {
		super(code);
	}
}

const factsOf = (s: School) => ({ name: s.name, brin: s.brin, sector: s.sector, active: s.active });

async function audit(tx: Tx, scope: Scope, action: string, entityId: string, before: unknown, after: unknown) {
	await recordAudit(tx, { organisationId: scope.organisationId, actor: scope.actor, action, entity: 'school', entityId, before, after });
}

/** Names and BRIN numbers are unique within the board, archived schools included: they still name processings. */
async function ensureFree(tx: Tx, scope: Scope, facts: repo.SchoolFacts, except?: string) {
	const sameName = await repo.readByName(tx, scope.organisationId, facts.name);
	if (sameName && sameName.id !== except) throw new SchoolError('name_taken');
	if (!facts.brin) return;
	const sameBrin = await repo.readByBrin(tx, scope.organisationId, facts.brin);
	if (sameBrin && sameBrin.id !== except) throw new SchoolError('brin_taken');
}

export function listSchools(db: Db, scope: Pick<Scope, 'organisationId'>): Promise<School[]> {
	return repo.list(db, scope.organisationId);
}

export async function addSchool(db: Db, scope: Scope, facts: repo.SchoolFacts): Promise<School> {
	return db.transaction(async (tx) => {
		await ensureFree(tx, scope, facts);
		const created = await repo.insert(tx, scope.organisationId, facts);
		await audit(tx, scope, 'create', created.id, null, factsOf(created));
		return created;
	});
}

/** Renames a school or corrects its BRIN number or sector; processings that name it follow, as they link by id. */
export async function updateSchool(db: Db, scope: Scope, id: string, facts: repo.SchoolFacts): Promise<School> {
	return db.transaction(async (tx) => {
		const current = await repo.read(tx, scope.organisationId, id);
		if (!current) throw new NotFound('school');
		await ensureFree(tx, scope, facts, id);
		const updated = await repo.update(tx, scope.organisationId, id, facts);
		await audit(tx, scope, 'update', id, factsOf(current), factsOf(updated));
		return updated;
	});
}

/**
 * Archives (active = false) or brings back a school. An archived school is not offered for new
 * processings; the processings that already name it keep it, so nothing recorded changes.
 */
export async function setSchoolActive(db: Db, scope: Scope, id: string, active: boolean): Promise<School> {
	return db.transaction(async (tx) => {
		const current = await repo.read(tx, scope.organisationId, id);
		if (!current) throw new NotFound('school');
		if (current.active === active) return current;
		const updated = await repo.update(tx, scope.organisationId, id, { active });
		await audit(tx, scope, active ? 'reactivate' : 'archive', id, factsOf(current), factsOf(updated));
		return updated;
	});
}

import { actorOf, type Actor } from '../audit';
import type { Db, Tx } from '../db';
import * as workflowRepo from '../repo/workflow';

/** Who acts, for which organisation: what every lifecycle service needs besides its input. */
export interface Scope {
	organisationId: string;
	actor: Actor;
	/** The origin of the request, for links in the mails a change causes when ORIGIN is not set. */
	origin?: string;
}

/** The scope of a guarded request: its organisation, and its user as the actor. */
export function scopeOf(ctx: { organisation: { id: string }; user: { id: string; name: string } }): Scope {
	return { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
}

export class NotFound extends Error {
	readonly _tag = 'NotFound';
	constructor(readonly what: string) {
		super(`${what} not found`);
	}
}

/** The current version of a DPIA of the organisation; another board's id is simply not found. */
export async function currentVersion(db: Db | Tx, scope: Scope, assessmentId: string) {
	const found = await workflowRepo.currentOf(db, scope.organisationId, assessmentId);
	if (!found) throw new NotFound('assessment');
	return found;
}

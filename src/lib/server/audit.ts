import type { Db, Tx } from './db';
import { auditLog } from './db/schema';

export interface Actor {
	userId: string | null;
	/** Name (or API token name) at the time of the change. */
	label: string;
}

export interface AuditInput {
	organisationId: string | null;
	/** The processing or assessment the change belongs to, so its trail can be shown per DPIA. */
	subjectId?: string | null;
	actor: Actor;
	/** Verb in snake_case: create, update, transition, sign_off, role_change, login_failed ... */
	action: string;
	/** What changed: user, membership, answer, risk, measure, assessment, setting, api_token ... */
	entity: string;
	entityId?: string | null;
	before?: unknown;
	after?: unknown;
}

/**
 * Appends one entry to the audit trail. Call it inside the same transaction as the change, so a change
 * without its entry (or an entry without its change) cannot happen.
 */
export async function recordAudit(db: Db | Tx, entry: AuditInput): Promise<void> {
	await db.insert(auditLog).values({
		organisationId: entry.organisationId,
		subjectId: entry.subjectId ?? null,
		actorUserId: entry.actor.userId,
		actorLabel: entry.actor.label,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId ?? null,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}

export function actorOf(user: { id: string; name: string }): Actor {
	return { userId: user.id, label: user.name };
}

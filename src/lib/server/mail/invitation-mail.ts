import { eq } from 'drizzle-orm';
import type { Tx } from '../db';
import { organisations } from '../db/schema';
import { enqueue } from './outbox';

/**
 * The invitation's mail, in the invitation's transaction. It is in Dutch: the address may have no account
 * yet, so there is no language to know. The link is made when the mail goes out.
 */
export async function queueInvitationMail(tx: Tx, input: { invitationId: string; organisationId: string; email: string; origin: string | null }): Promise<void> {
	const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, input.organisationId));
	await enqueue(tx, {
		eventKey: `invitation:${input.invitationId}`,
		organisationId: input.organisationId,
		userId: null,
		recipient: input.email,
		locale: 'nl',
		kind: 'invitation',
		params: { invitationId: input.invitationId, organisation: org?.name ?? '' },
		origin: input.origin
	});
}

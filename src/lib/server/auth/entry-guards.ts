import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { anyUserExists } from '../repo/accounts';

type GuardEvent = Pick<RequestEvent, 'locals'>;

/**
 * First-run setup exists only while the database has no user; afterwards it answers 404, so nobody can
 * create a second "first" admin by finding the page.
 */
export async function requireSetupAllowed(event: GuardEvent): Promise<void> {
	if (await anyUserExists(event.locals.db)) error(404, 'Not found');
}

/** Login and setup are for visitors without a session; a logged-in person goes to the front door. */
export function requireAnonymous(event: GuardEvent): void {
	if (event.locals.user) redirect(303, '/');
}

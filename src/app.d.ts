import type { Db } from '$lib/server/db';
import type { ApiPrincipal } from '$lib/server/auth/api-token';
import type { MembershipRow, SessionUser, ValidSession } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			user: SessionUser | null;
			session: ValidSession | null;
			apiPrincipal: ApiPrincipal | null;
			/** The session user's memberships as this request read them (`requestMemberships`). */
			memberships?: { userId: string; rows: Promise<MembershipRow[]> };
			/** Unique per request; logged with server errors and shown to the user to quote. */
			requestId: string;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
	}
}

export {};

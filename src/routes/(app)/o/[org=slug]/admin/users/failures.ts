import { m } from '$lib/paraglide/messages';
import { formFailure, type FormValues } from '$lib/server/forms';
import { UserAdminError } from '$lib/server/services/users-admin';

type UserAction = 'add' | 'withdraw' | 'role' | 'deactivate' | 'reactivate' | 'reset';

/** The refusal of a user-admin action as a message on the page; anything unexpected goes to handleError. */
export function userAdminFailure(cause: unknown, action: UserAction, values: FormValues = {}) {
	if (!(cause instanceof UserAdminError)) throw cause;
	switch (cause.code) {
		case 'self_lockout':
			return formFailure(409, values, {}, action === 'role' ? m.admin_error_self_role() : action === 'reset' ? m.admin_error_self_reset() : m.admin_error_self_deactivate());
		case 'not_member':
			return formFailure(404, values, {}, m.admin_error_not_member());
		case 'already_member':
			return formFailure(409, values, { email: m.admin_error_already_member() });
		case 'already_invited':
			return formFailure(409, values, { email: m.admin_error_already_invited() });
		case 'not_invited':
			return formFailure(404, values, {}, m.admin_error_not_invited());
		case 'shared_account':
			return formFailure(409, values, {}, m.admin_error_shared_account({ name: cause.subject }));
	}
}

import type { Role } from '$lib/domain/roles';

/** The board's invitation form with `role` already chosen, scrolled to the form (AddPersonForm's heading). */
export function invitePath(org: string, role: Role): string {
	return `/o/${org}/admin/users?role=${role}#add-person-heading`;
}

import type { Role } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** Role names in the UI language; typed keys, never built from strings at run time. */
export const roleLabel: Record<Role, () => string> = {
	admin: m.role_admin,
	editor: m.role_editor,
	fg: m.role_fg,
	bestuur: m.role_bestuur,
	gmr: m.role_gmr,
	viewer: m.role_viewer
};

/** "Beheerder of Opsteller": the roles that may do something, joined as the UI language joins alternatives. */
export function rolesEither(roles: readonly Role[]): string {
	return new Intl.ListFormat(getLocale(), { type: 'disjunction' }).format(roles.map((role) => roleLabel[role]()));
}

/**
 * Roles a person holds in one organisation (school board). One role per organisation; a person may hold
 * roles in several organisations (an FG often serves several boards).
 */
export const ROLES = ['admin', 'editor', 'fg', 'bestuur', 'gmr', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a role may do; route guards ask for a capability, never for a list of roles. */
export const CAPABILITIES = {
	'org.manage': ['admin'],
	'users.manage': ['admin'],
	'tokens.manage': ['admin'],
	'register.read': ['admin', 'editor', 'fg', 'bestuur', 'viewer'],
	'assessment.edit': ['admin', 'editor'],
	'assessment.comment': ['admin', 'editor', 'fg'],
	'assessment.advise': ['fg'],
	'assessment.decide': ['bestuur'],
	'assessment.share': ['admin', 'editor', 'fg', 'bestuur'],
	'assessment.audit': ['admin', 'editor', 'fg'],
	'gmr.respond': ['gmr'],
	'shared.read': ['admin', 'editor', 'fg', 'bestuur', 'gmr', 'viewer'],
	'prescan.run': ['admin', 'editor'],
	/** The supplier register: the ICT coordinator (editor) keeps it with the admin. */
	'supplier.manage': ['admin', 'editor'],
	/** The review calendar feed reveals every DPIA's name and dates: the admin and the FG (who plans reviews). */
	'calendar.manage': ['admin', 'fg'],
	/** The board's library of model DPIAs: what the board builds its local DPIAs on is the admin's choice. */
	'model.manage': ['admin']
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role | null | undefined, capability: Capability): boolean {
	if (!role) return false;
	return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

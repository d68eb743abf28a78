import { z } from 'zod';
import { ROLES } from '$lib/domain/roles';
import { SWITCHABLE_POLICY } from '$lib/domain/triggers/statutory';
import { m } from '$lib/paraglide/messages';
import { emailField } from '../account/forms';

/** Form schemas of the organisation admin pages (people, API tokens, board policy). */
const role = z.enum(ROLES, { error: () => m.admin_error_role() });
const userId = z.uuid();
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export const addPersonForm = z.object({
	email: emailField,
	name: z.string().trim().max(200).default(''),
	role
});

export const invitationForm = z.object({ invitationId: z.uuid() });

export const roleForm = z.object({ userId, role });
export const userForm = z.object({ userId });

export const tokenForm = z.object({
	name: z.string().trim().min(1, { error: () => m.admin_token_error_name() }).max(100),
	role
});

export const revokeTokenForm = z.object({ tokenId: z.string().regex(/^[a-z2-9]{24}$/) });

export const policyForm = z.object(
	Object.fromEntries(SWITCHABLE_POLICY.map((id) => [id, checkbox])) as Record<(typeof SWITCHABLE_POLICY)[number], typeof checkbox>
);

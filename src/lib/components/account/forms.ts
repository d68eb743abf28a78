import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, slugify, SLUG_PATTERN } from '$lib/domain/accounts';
import { m } from '$lib/paraglide/messages';

/**
 * Form schemas for login, first-run setup and the own-password page, shared by the server actions and
 * the pages. Messages are lazy so they follow the request's language.
 */
export const emailField = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ error: () => m.auth_error_email() }).max(254, { error: () => m.auth_error_email() }));

/** A new password: long rather than complex (NCSC and NIST advice), capped so argon2 gets sane input. */
export const newPasswordField = z
	.string()
	.min(MIN_PASSWORD_LENGTH, { error: () => m.auth_error_password_length({ min: MIN_PASSWORD_LENGTH }) })
	.max(MAX_PASSWORD_LENGTH, { error: () => m.auth_error_password_too_long({ max: MAX_PASSWORD_LENGTH }) });

const requiredPassword = z.string().min(1, { error: () => m.auth_error_password_required() }).max(MAX_PASSWORD_LENGTH);

export const loginForm = z.object({
	email: z.string().trim().min(1, { error: () => m.auth_error_email() }).max(254),
	password: requiredPassword
});

export const setupForm = z
	.object({
		organisationName: z.string().trim().min(2, { error: () => m.auth_error_org_name() }).max(200),
		slug: z.string().trim().toLowerCase().max(64).default(''),
		name: z.string().trim().min(1, { error: () => m.auth_error_name() }).max(200),
		email: emailField,
		password: newPasswordField,
		passwordRepeat: z.string()
	})
	.transform((v) => ({ ...v, slug: v.slug || slugify(v.organisationName) }))
	.superRefine((v, ctx) => {
		if (!SLUG_PATTERN.test(v.slug)) ctx.addIssue({ code: 'custom', path: ['slug'], message: m.auth_error_slug() });
		if (v.password !== v.passwordRepeat) ctx.addIssue({ code: 'custom', path: ['passwordRepeat'], message: m.auth_error_password_repeat() });
	});

export const passwordForm = z
	.object({
		currentPassword: requiredPassword,
		newPassword: newPasswordField,
		newPasswordRepeat: z.string()
	})
	.superRefine((v, ctx) => {
		if (v.newPassword !== v.newPasswordRepeat)
			ctx.addIssue({ code: 'custom', path: ['newPasswordRepeat'], message: m.auth_error_password_repeat() });
	});

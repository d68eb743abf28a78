import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { emailField, newPasswordField } from './forms';

/** The forms of the reset by e-mail: the address, then the new password and its repeat. */
export const forgotForm = z.object({ email: emailField });

export const resetForm = z
	.object({ newPassword: newPasswordField, newPasswordRepeat: z.string() })
	.superRefine((v, ctx) => {
		if (v.newPassword !== v.newPasswordRepeat) ctx.addIssue({ code: 'custom', path: ['newPasswordRepeat'], message: m.auth_error_password_repeat() });
	});

/** Accepting an invitation by its link: the new account's name and password. */
export const acceptInvitationForm = z
	.object({ name: z.string().trim().min(1, { error: () => m.mail_invite_name_error() }).max(200), newPassword: newPasswordField, newPasswordRepeat: z.string() })
	.superRefine((v, ctx) => {
		if (v.newPassword !== v.newPasswordRepeat) ctx.addIssue({ code: 'custom', path: ['newPasswordRepeat'], message: m.auth_error_password_repeat() });
	});

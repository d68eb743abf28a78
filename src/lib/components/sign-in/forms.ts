import { z } from 'zod';
import { DOMAIN_PATTERN, issuerProblem, parseDomains, PROVIDER_KINDS, TENANT_PATTERN } from '$lib/domain/sign-in-providers';
import { m } from '$lib/paraglide/messages';
import { emailField } from '../account/forms';

/** Form schemas of sign-in with a school account: the admin's provider settings and the login start. */
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());
const optional = z.string().trim().max(500).default('');

export const providerForm = z
	.object({
		kind: z.enum(PROVIDER_KINDS, { error: () => m.sso_error_kind() }),
		tenant: optional,
		hostedDomain: optional.transform((v) => v.toLowerCase()),
		issuer: optional,
		clientId: z.string().trim().min(1, { error: () => m.sso_error_client_id() }).max(500),
		/** Empty keeps the stored secret; the service refuses an empty one when none is stored. */
		clientSecret: z.string().max(2000).default(''),
		allowedDomains: z.string().max(5000).default(''),
		createAccounts: checkbox,
		passwordLoginOff: checkbox
	})
	.superRefine((form, ctx) => {
		if (form.kind === 'entra' && !TENANT_PATTERN.test(form.tenant)) ctx.addIssue({ code: 'custom', path: ['tenant'], message: m.sso_error_tenant() });
		if (form.kind === 'google' && form.hostedDomain && !DOMAIN_PATTERN.test(form.hostedDomain))
			ctx.addIssue({ code: 'custom', path: ['hostedDomain'], message: m.sso_error_domain({ value: form.hostedDomain }) });
		if (form.kind === 'issuer') {
			const problem = issuerProblem(form.issuer);
			if (problem) ctx.addIssue({ code: 'custom', path: ['issuer'], message: problem === 'not_https' ? m.sso_error_issuer_https() : m.sso_error_issuer() });
		}
		const { domains, invalid } = parseDomains(form.allowedDomains);
		if (invalid.length) ctx.addIssue({ code: 'custom', path: ['allowedDomains'], message: m.sso_error_domain({ value: invalid[0]!.slice(0, 80) }) });
		else if (!domains.length) ctx.addIssue({ code: 'custom', path: ['allowedDomains'], message: m.sso_error_domains_empty() });
	});

export type ProviderFormData = z.output<typeof providerForm>;

/** The login start on a server with several boards: the person's e-mail finds the board by its domain. */
export const startForm = z.object({ email: emailField });

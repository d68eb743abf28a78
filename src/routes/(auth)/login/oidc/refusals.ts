import { m } from '$lib/paraglide/messages';

/** Why a school-account sign-in did not go through, in the person's words; unknown codes say nothing. */
export function refusalMessage(code: string | null): string | null {
	switch (code) {
		case 'not_configured':
			return m.sso_refused_not_configured();
		case 'provider_down':
			return m.sso_refused_provider_down();
		case 'secret_unreadable':
			return m.sso_refused_secret();
		case 'state':
			return m.sso_refused_state();
		case 'provider_refused':
			return m.sso_refused_provider();
		case 'token_invalid':
			return m.sso_refused_token();
		case 'no_email':
		case 'email_not_verified':
			return m.sso_refused_email_not_verified();
		case 'domain_not_allowed':
		case 'hosted_domain':
			return m.sso_refused_domain();
		case 'not_member':
			return m.sso_refused_not_member();
		case 'inactive':
			return m.sso_refused_inactive();
		default:
			return null;
	}
}

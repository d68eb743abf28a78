/**
 * Rules of sign-in with a school account (OpenID Connect), free of I/O: which issuer a provider kind means,
 * which issuer URLs are acceptable, and which ID-token claims let a sign-in stand for an e-mail address.
 */
export const PROVIDER_KINDS = ['entra', 'google', 'surfconext', 'issuer'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const GOOGLE_ISSUER = 'https://accounts.google.com';
export const SURFCONEXT_ISSUER = 'https://connect.surfconext.nl';
/** An Entra tenant is named by its directory id: the issuer in its tokens carries that id, never a domain. */
export const TENANT_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function entraIssuer(tenant: string): string {
	return `https://login.microsoftonline.com/${tenant.toLowerCase()}/v2.0`;
}

/** The issuer the app asks for discovery, from what the admin chose. */
export function issuerOf(kind: ProviderKind, input: { tenant?: string | null; issuer?: string | null }): string {
	if (kind === 'entra') return entraIssuer(input.tenant ?? '');
	if (kind === 'google') return GOOGLE_ISSUER;
	if (kind === 'surfconext') return SURFCONEXT_ISSUER;
	return (input.issuer ?? '').replace(/\/+$/, '');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
	return LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * An issuer must be https: its keys and tokens travel over that connection. Plain http only on this
 * machine (a test or a local provider), where nobody sits in between.
 */
export function issuerProblem(value: string): 'invalid' | 'not_https' | null {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return 'invalid';
	}
	if (url.username || url.password || url.search || url.hash) return 'invalid';
	if (url.protocol === 'https:') return null;
	if (url.protocol === 'http:' && isLoopback(url)) return null;
	return url.protocol === 'http:' ? 'not_https' : 'invalid';
}

/** "school.nl, @Andere-School.nl\n" -> ['school.nl', 'andere-school.nl']; invalid entries are returned apart. */
export function parseDomains(text: string): { domains: string[]; invalid: string[] } {
	const parts = text
		.split(/[\s,;]+/)
		.map((p) => p.trim().toLowerCase().replace(/^@/, ''))
		.filter(Boolean);
	const domains = [...new Set(parts.filter((p) => DOMAIN_PATTERN.test(p)))];
	return { domains, invalid: parts.filter((p) => !DOMAIN_PATTERN.test(p)) };
}

export function domainOf(email: string): string {
	return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export type ClaimRefusal = 'no_email' | 'email_not_verified' | 'domain_not_allowed' | 'hosted_domain';

/**
 * The e-mail address a sign-in stands for, or why it stands for none. Only an address the provider vouches
 * for may find an account, or anyone who can set their own address at the provider could take over
 * another person's account:
 * - everywhere: `email_verified` true;
 * - Entra ID sends no `email_verified`, and its `email` is a property a user or tenant may set to anything.
 *   It counts only with the optional claim `xms_edov` true: Entra says the address's domain is verified by
 *   the tenant that owns it (the tenant itself is pinned by the issuer, which names its directory id);
 * - Google: also the hosted domain (`hd`) must be the Workspace domain the admin gave, so a private
 *   Gmail account, or one of another Workspace, is not accepted.
 * Then the domain must be one the board allows.
 */
export function acceptedEmail(
	kind: ProviderKind,
	claims: Record<string, unknown>,
	config: { allowedDomains: readonly string[]; hostedDomain?: string | null }
): { ok: true; email: string } | { ok: false; reason: ClaimRefusal } {
	const raw = claims.email;
	if (typeof raw !== 'string' || !raw.includes('@')) return { ok: false, reason: 'no_email' };
	const email = raw.trim().toLowerCase();
	const verified = claims.email_verified === true || (kind === 'entra' && claims.xms_edov === true);
	if (!verified) return { ok: false, reason: 'email_not_verified' };
	if (kind === 'google' && config.hostedDomain && claims.hd !== config.hostedDomain) return { ok: false, reason: 'hosted_domain' };
	if (!config.allowedDomains.includes(domainOf(email))) return { ok: false, reason: 'domain_not_allowed' };
	return { ok: true, email };
}

/** The name on the button: "Inloggen met Microsoft" reads better than the protocol. */
export function providerLabel(kind: ProviderKind, issuer: string): string {
	if (kind === 'entra') return 'Microsoft';
	if (kind === 'google') return 'Google';
	if (kind === 'surfconext') return 'SURFconext';
	try {
		return new URL(issuer).host;
	} catch {
		return issuer;
	}
}

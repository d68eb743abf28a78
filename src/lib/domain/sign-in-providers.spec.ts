import { describe, expect, it } from 'vitest';
import { acceptedEmail, entraIssuer, issuerOf, issuerProblem, parseDomains, providerLabel } from './sign-in-providers';

const config = { allowedDomains: ['school.nl'] };

describe('sign-in providers', () => {
	it('derives the issuer from the provider kind', () => {
		expect(issuerOf('entra', { tenant: 'AAAAAAAA-1111-2222-3333-444444444444' })).toBe('https://login.microsoftonline.com/aaaaaaaa-1111-2222-3333-444444444444/v2.0');
		expect(issuerOf('google', {})).toBe('https://accounts.google.com');
		expect(issuerOf('surfconext', {})).toBe('https://connect.surfconext.nl');
		expect(issuerOf('issuer', { issuer: 'https://id.school.nl/' })).toBe('https://id.school.nl');
		expect(entraIssuer('x')).toContain('/x/v2.0');
	});

	it('accepts https issuers and plain http only on loopback', () => {
		expect(issuerProblem('https://id.school.nl')).toBeNull();
		expect(issuerProblem('http://127.0.0.1:4445')).toBeNull();
		expect(issuerProblem('http://localhost:9000/oidc')).toBeNull();
		expect(issuerProblem('http://id.school.nl')).toBe('not_https');
		expect(issuerProblem('http://127.0.0.1.evil.nl')).toBe('not_https');
		expect(issuerProblem('ftp://id.school.nl')).toBe('invalid');
		expect(issuerProblem('https://id.school.nl/?x=1')).toBe('invalid');
		expect(issuerProblem('geen url')).toBe('invalid');
	});

	it('parses a list of domains and names the bad entries', () => {
		expect(parseDomains('School.nl, @andere-school.nl\nschool.nl')).toEqual({ domains: ['school.nl', 'andere-school.nl'], invalid: [] });
		expect(parseDomains('school.nl nope').invalid).toEqual(['nope']);
	});

	it('accepts a verified address in an allowed domain', () => {
		expect(acceptedEmail('issuer', { email: 'Ann@School.nl', email_verified: true }, config)).toEqual({ ok: true, email: 'ann@school.nl' });
	});

	it('refuses an address the provider does not vouch for', () => {
		expect(acceptedEmail('issuer', { email: 'ann@school.nl', email_verified: false }, config)).toEqual({ ok: false, reason: 'email_not_verified' });
		expect(acceptedEmail('issuer', { email: 'ann@school.nl' }, config)).toEqual({ ok: false, reason: 'email_not_verified' });
		expect(acceptedEmail('issuer', { email: 'ann@school.nl', email_verified: 'true' }, config)).toEqual({ ok: false, reason: 'email_not_verified' });
		expect(acceptedEmail('issuer', { sub: 'x' }, config)).toEqual({ ok: false, reason: 'no_email' });
	});

	it('counts the Entra domain-owner claim only for Entra', () => {
		expect(acceptedEmail('entra', { email: 'ann@school.nl', xms_edov: true }, config).ok).toBe(true);
		expect(acceptedEmail('entra', { email: 'ann@school.nl' }, config)).toEqual({ ok: false, reason: 'email_not_verified' });
		expect(acceptedEmail('issuer', { email: 'ann@school.nl', xms_edov: true }, config).ok).toBe(false);
	});

	it('refuses a domain the board does not allow, and another Google Workspace', () => {
		expect(acceptedEmail('issuer', { email: 'ann@elders.nl', email_verified: true }, config)).toEqual({ ok: false, reason: 'domain_not_allowed' });
		expect(acceptedEmail('issuer', { email: 'ann@school.nl.elders.nl', email_verified: true }, config).ok).toBe(false);
		const google = { ...config, hostedDomain: 'school.nl' };
		expect(acceptedEmail('google', { email: 'ann@school.nl', email_verified: true }, google)).toEqual({ ok: false, reason: 'hosted_domain' });
		expect(acceptedEmail('google', { email: 'ann@school.nl', email_verified: true, hd: 'school.nl' }, google).ok).toBe(true);
	});

	it('names the provider on the button', () => {
		expect(providerLabel('entra', '')).toBe('Microsoft');
		expect(providerLabel('issuer', 'https://id.school.nl/realms/x')).toBe('id.school.nl');
	});
});

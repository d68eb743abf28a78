import { describe, expect, it } from 'vitest';
import { appOrigin, describePolicy, formOriginAllowed, isFormSubmission, originPolicy } from './origin';

const form = (method: string, type: string) => new Request('http://x.test/login', { method, headers: { 'content-type': type }, body: method === 'GET' ? undefined : 'a=1' });

describe('origin policy', () => {
	it('takes ORIGIN when set, reduced to its origin', () => {
		expect(originPolicy({ ORIGIN: 'https://dpia.stichting.nl/' })).toEqual({ kind: 'configured', origin: 'https://dpia.stichting.nl' });
	});

	it('is local without ORIGIN (or with an empty one), proxied when a proxy names the protocol', () => {
		expect(originPolicy({})).toEqual({ kind: 'local', proxied: false });
		expect(originPolicy({ ORIGIN: ' ' })).toEqual({ kind: 'local', proxied: false });
		expect(originPolicy({ PROTOCOL_HEADER: 'x-forwarded-proto' })).toEqual({ kind: 'local', proxied: true });
	});

	it('with ORIGIN accepts that origin only, whatever Host the request came in on', () => {
		const policy = originPolicy({ ORIGIN: 'https://dpia.stichting.nl' });
		const url = new URL('https://10.0.0.5:3000/login');
		expect(formOriginAllowed(policy, url, 'https://dpia.stichting.nl')).toBe(true);
		expect(formOriginAllowed(policy, url, 'https://10.0.0.5:3000')).toBe(false);
		expect(formOriginAllowed(policy, url, 'http://dpia.stichting.nl')).toBe(false);
	});

	it('without ORIGIN accepts the address the browser used over HTTP, and nothing else', () => {
		const policy = originPolicy({});
		for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'server.school.lan:3000']) {
			const url = new URL(`https://${host}/setup`); // adapter-node's guess without ORIGIN
			expect(appOrigin(policy, url)).toBe(`http://${host}`);
			expect(formOriginAllowed(policy, url, `http://${host}`)).toBe(true);
			expect(formOriginAllowed(policy, url, `https://${host}`)).toBe(false);
			expect(formOriginAllowed(policy, url, 'http://evil.example')).toBe(false);
			expect(formOriginAllowed(policy, url, 'null')).toBe(false);
			expect(formOriginAllowed(policy, url, null)).toBe(false);
		}
	});

	it('behind a proxy without ORIGIN trusts the protocol the proxy named', () => {
		const policy = originPolicy({ PROTOCOL_HEADER: 'x-forwarded-proto' });
		expect(formOriginAllowed(policy, new URL('https://dpia.test/login'), 'https://dpia.test')).toBe(true);
		expect(formOriginAllowed(policy, new URL('https://dpia.test/login'), 'http://dpia.test')).toBe(false);
	});

	it('checks the requests a cross-site form can send, not reads or JSON', () => {
		expect(isFormSubmission(form('POST', 'application/x-www-form-urlencoded'))).toBe(true);
		expect(isFormSubmission(form('POST', 'multipart/form-data; boundary=x'))).toBe(true);
		expect(isFormSubmission(form('DELETE', 'Text/Plain;charset=utf-8'))).toBe(true);
		expect(isFormSubmission(form('POST', 'application/json'))).toBe(false);
		expect(isFormSubmission(form('GET', 'application/x-www-form-urlencoded'))).toBe(false);
	});

	it('describes itself for the start-up log', () => {
		expect(describePolicy(originPolicy({}), '8080')).toMatch(/http:\/\/localhost:8080 or http:\/\/127\.0\.0\.1:8080.*In production set ORIGIN/);
		expect(describePolicy(originPolicy({}), undefined)).toContain('http://localhost:3000');
		expect(describePolicy(originPolicy({ ORIGIN: 'https://dpia.stichting.nl' }), '3000')).toBe('forms are accepted from https://dpia.stichting.nl (ORIGIN)');
	});
});

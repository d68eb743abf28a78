import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/**
 * A second, tiny OpenID issuer on loopback (discovery, authorize, token and JWKS over real HTTP) that signs
 * ID tokens the certified provider will not issue: for another audience, already expired, or with another
 * nonce. The client under test meets them exactly as it would meet a faulty or hostile provider.
 */
export type TokenFault = 'none' | 'wrong_audience' | 'expired' | 'nonce_mismatch';

export interface TinyIssuer {
	issuer: string;
	clientId: string;
	clientSecret: string;
	fault: TokenFault;
	claims: Record<string, unknown>;
	close(): Promise<void>;
}

export async function startTinyIssuer(options: { clientId?: string; clientSecret?: string } = {}): Promise<TinyIssuer> {
	const { privateKey, publicKey } = await generateKeyPair('RS256');
	const jwk = { ...(await exportJWK(publicKey)), kid: 'tiny-1', alg: 'RS256', use: 'sig' };
	const codes = new Map<string, { nonce: string }>();
	const server: Server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const self: TinyIssuer = {
		issuer,
		clientId: options.clientId ?? 'dpia-wijzer',
		clientSecret: options.clientSecret ?? 'tiny-client-secret-0123456789',
		fault: 'none',
		claims: { sub: 'tiny-user', email: 'ann@school.nl', email_verified: true },
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
	const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	};

	server.on('request', (req, res) => {
		const url = new URL(req.url ?? '/', issuer);
		if (url.pathname === '/.well-known/openid-configuration') {
			return json(res, 200, {
				issuer,
				authorization_endpoint: `${issuer}/authorize`,
				token_endpoint: `${issuer}/token`,
				jwks_uri: `${issuer}/jwks`,
				response_types_supported: ['code'],
				subject_types_supported: ['public'],
				id_token_signing_alg_values_supported: ['RS256'],
				code_challenge_methods_supported: ['S256'],
				token_endpoint_auth_methods_supported: ['client_secret_post']
			});
		}
		if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
		if (url.pathname === '/authorize') {
			const code = crypto.randomUUID();
			codes.set(code, { nonce: url.searchParams.get('nonce') ?? '' });
			const back = new URL(url.searchParams.get('redirect_uri')!);
			back.searchParams.set('code', code);
			back.searchParams.set('state', url.searchParams.get('state') ?? '');
			back.searchParams.set('iss', issuer);
			res.writeHead(302, { location: back.href }).end();
			return;
		}
		if (url.pathname === '/token' && req.method === 'POST') {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				void (async () => {
					const form = new URLSearchParams(body);
					const grant = codes.get(form.get('code') ?? '');
					if (!grant || form.get('client_secret') !== self.clientSecret) return json(res, 400, { error: 'invalid_grant' });
					codes.delete(form.get('code')!);
					const now = Math.floor(Date.now() / 1000);
					const issuedAt = self.fault === 'expired' ? now - 7200 : now;
					const idToken = await new SignJWT({ ...self.claims, nonce: self.fault === 'nonce_mismatch' ? 'another-nonce' : grant.nonce })
						.setProtectedHeader({ alg: 'RS256', kid: 'tiny-1' })
						.setIssuer(issuer)
						.setAudience(self.fault === 'wrong_audience' ? 'another-client' : self.clientId)
						.setSubject(String(self.claims.sub))
						.setIssuedAt(issuedAt)
						.setExpirationTime(issuedAt + 600)
						.sign(privateKey);
					json(res, 200, { access_token: crypto.randomUUID(), token_type: 'Bearer', expires_in: 600, id_token: idToken });
				})();
			});
			return;
		}
		json(res, 404, { error: 'not_found' });
	});
	return self;
}

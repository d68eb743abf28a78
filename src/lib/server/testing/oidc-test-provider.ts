import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID provider (the certified oidc-provider) on loopback, for tests. People are known by their
 * e-mail; the login screen is skipped: the provider's interaction is finished at once for the account the
 * client named in `login_hint` (the app sends the typed address), or `defaultAccount`.
 */
export interface TestAccount {
	email: string;
	email_verified?: boolean;
	name?: string;
}

export interface TestProvider {
	issuer: string;
	clientId: string;
	clientSecret: string;
	accounts: Map<string, TestAccount>;
	/** Who signs in when the client sends no login hint. */
	defaultAccount: string | null;
	close(): Promise<void>;
}

export async function startTestProvider(options: { port?: number; redirectUris: string[]; clientId?: string; clientSecret?: string }): Promise<TestProvider> {
	const accounts = new Map<string, TestAccount>();
	const clientId = options.clientId ?? 'dpia-wijzer';
	const clientSecret = options.clientSecret ?? 'test-client-secret-0123456789';
	const server: Server = createServer();
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const self: TestProvider = { issuer, clientId, clientSecret, accounts, defaultAccount: null, close: () => new Promise((resolve) => server.close(() => resolve())) };

	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: options.redirectUris,
				token_endpoint_auth_method: 'client_secret_post',
				grant_types: ['authorization_code'],
				response_types: ['code']
			}
		],
		async findAccount(_ctx, id) {
			const account = accounts.get(id);
			if (!account) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...account }) };
		},
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		// The claims of the requested scopes go into the ID token itself, as Entra and Google do.
		conformIdTokenClaims: false,
		features: { devInteractions: { enabled: false } },
		interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
		pkce: { required: () => true },
		cookies: { keys: ['test-cookie-key-not-secret'] },
		jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test-1', use: 'sig', alg: 'RS256' }] as never },
		ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 }
	});
	provider.on('server_error', (_ctx, error) => console.error('test provider error', error));
	const handle = provider.callback();

	server.on('request', (req: IncomingMessage, res: ServerResponse) => {
		if (!req.url?.startsWith('/interaction/')) return void handle(req, res);
		void (async () => {
			const details = await provider.interactionDetails(req, res);
			const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : null;
			const accountId = hint ?? self.defaultAccount;
			if (!accountId || !accounts.has(accountId)) {
				await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'unknown test account' }, { mergeWithLastSubmission: false });
				return;
			}
			const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
			grant.addOIDCScope(String(details.params.scope));
			const grantId = await grant.save();
			await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
		})().catch((error) => {
			res.statusCode = 500;
			res.end(String(error));
		});
	});
	return self;
}

/**
 * Follows the browser's part of a sign-in without a browser: the redirects from the authorization URL
 * through the provider (keeping its cookies, as a browser would) to the app's callback, which it returns.
 */
export async function followToCallback(authorizationUrl: URL, callbackPrefix: string): Promise<URL> {
	const jar = new Map<string, string>();
	let url = authorizationUrl;
	for (let hop = 0; hop < 10; hop++) {
		if (url.href.startsWith(callbackPrefix)) return url;
		const response = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const at = pair!.indexOf('=');
			jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
		}
		const location = response.headers.get('location');
		if (!location) throw new Error(`provider stopped at ${url.pathname} with ${response.status}: ${(await response.text()).slice(0, 300)}`);
		url = new URL(location, url);
	}
	throw new Error('too many redirects on the way to the callback');
}

import * as client from 'openid-client';
import { isLoopback } from '$lib/domain/sign-in-providers';
import type { SignInProvider } from '../db/schema';
import { open } from './secret-box';

/** Seconds the app waits for a provider before it says the provider is down. */
const TIMEOUT_SECONDS = 10;

/**
 * The provider's configuration by discovery (its /.well-known/openid-configuration), with the board's
 * client. openid-client refuses plain http; that is allowed only for an issuer on this machine (tests, a
 * local provider), which the settings form already limits it to.
 */
export async function discover(provider: Pick<SignInProvider, 'issuer' | 'clientId' | 'clientSecret'>): Promise<client.Configuration> {
	const issuer = new URL(provider.issuer);
	const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
	return client.discovery(issuer, provider.clientId, undefined, client.ClientSecretPost(open(provider.clientSecret)), {
		timeout: TIMEOUT_SECONDS,
		execute: insecure ? [client.allowInsecureRequests] : []
	});
}

/**
 * Whether a failure is the provider not answering (down, unreachable, timed out, or an error page from a
 * server that is half up) rather than a refusal of this sign-in.
 */
export function isUnreachable(error: unknown, depth = 0): boolean {
	if (!(error instanceof Error) || depth > 4) return false;
	if (error.name === 'AbortError' || error.name === 'TimeoutError' || error instanceof TypeError) return true;
	const status = (error as { cause?: unknown }).cause instanceof Response ? ((error as { cause: Response }).cause.status) : 0;
	if (status >= 500) return true;
	return isUnreachable((error as { cause?: unknown }).cause, depth + 1);
}

export { client };

/**
 * Which pages may post forms to the app (CSRF protection), decided once from the environment.
 *
 * With ORIGIN set (production), only that origin. Without it, adapter-node cannot know the public URL and
 * takes it to be https://<Host>, so SvelteKit's own check refused every form of a newcomer at
 * http://localhost:3000. The embedded server speaks plain HTTP, so without ORIGIN (and without a proxy's
 * PROTOCOL_HEADER) the app's origin is http://<Host>: the address the browser itself used. A page on any
 * other origin is still refused, because the browser names that page in the Origin header.
 */
export type OriginPolicy =
	| { kind: 'configured'; origin: string }
	/** `proxied`: a reverse proxy names the protocol (PROTOCOL_HEADER), so the request URL is right as it is. */
	| { kind: 'local'; proxied: boolean };

export function originPolicy(env: Record<string, string | undefined>): OriginPolicy {
	const configured = env.ORIGIN?.trim();
	if (configured) return { kind: 'configured', origin: new URL(configured).origin };
	return { kind: 'local', proxied: Boolean(env.PROTOCOL_HEADER?.trim()) };
}

/** A line for the start-up log that says which origins are accepted. */
export function describePolicy(policy: OriginPolicy, port: string | undefined): string {
	if (policy.kind === 'configured') return `forms are accepted from ${policy.origin} (ORIGIN)`;
	const p = port || '3000';
	return (
		`ORIGIN is not set: forms are accepted from the address the browser uses to reach this server, ` +
		`e.g. http://localhost:${p} or http://127.0.0.1:${p}. In production set ORIGIN to the public URL ` +
		`(e.g. ORIGIN=https://dpia.stichting.nl).`
	);
}

// The content types a plain HTML form can send without a CORS preflight: the ones CSRF can forge.
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isFormSubmission(request: Request): boolean {
	if (!UNSAFE_METHODS.has(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

/** The origin the app answers on for this request: what a same-origin page's Origin header holds. */
export function appOrigin(policy: OriginPolicy, url: URL): string {
	if (policy.kind === 'configured') return policy.origin;
	return policy.proxied ? url.origin : `http://${url.host}`;
}

/** Whether a form post that names `requestOrigin` comes from the app itself. */
export function formOriginAllowed(policy: OriginPolicy, url: URL, requestOrigin: string | null): boolean {
	return requestOrigin !== null && requestOrigin === appOrigin(policy, url);
}

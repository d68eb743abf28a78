/** Pages a login must never lead back to: they would undo it or loop. */
const NOT_AFTER_LOGIN = ['/login', '/logout', '/setup'];

/**
 * A redirect target only when it stays on this site: an open redirect would let a phishing mail send
 * people through our real pages to a look-alike. Anything else gives null.
 */
export function sameSitePath(next: string | null | undefined): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
	// Control characters can turn a path into something a browser reads as another host.
	if (/[\u0000-\u001f\u007f]/.test(next)) return null;
	let url: URL;
	try {
		url = new URL(next, 'http://same.invalid');
	} catch {
		return null;
	}
	if (url.origin !== 'http://same.invalid') return null;
	return url.pathname + url.search + url.hash;
}

/** The `next` target after logging in: a same-site path that does not lead back into the login itself. */
export function safeNext(next: string | null | undefined): string | null {
	const path = sameSitePath(next);
	if (!path) return null;
	const { pathname } = new URL(path, 'http://same.invalid');
	if (NOT_AFTER_LOGIN.some((page) => pathname === page || pathname.startsWith(`${page}/`))) return null;
	return path;
}

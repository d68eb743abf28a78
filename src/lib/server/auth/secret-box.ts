import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets the app must read back (an OpenID client secret) are sealed with AES-256-GCM under a key derived
 * (HKDF-SHA256) from the server variable OIDC_SECRET_KEY, so a copy of the database alone does not hold
 * them. Without the variable a fresh install still works: the secret is stored as it is (marked `plain:`)
 * and sealed the next time an admin saves it once the variable is set. The page never shows it either way.
 */
const SEALED = 'v1:';
const PLAIN = 'plain:';

function keyFrom(material: string): Buffer {
	return Buffer.from(hkdfSync('sha256', material, 'dpia-wijzer', 'oidc client secret', 32));
}

export function seal(secret: string, material = process.env.OIDC_SECRET_KEY): string {
	if (!material) return PLAIN + secret;
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyFrom(material), iv);
	const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
	return SEALED + [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export class SecretUnreadable extends Error {}

/** Throws SecretUnreadable when the key is missing or another one sealed it: the admin must enter it anew. */
export function open(stored: string, material = process.env.OIDC_SECRET_KEY): string {
	if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
	if (!stored.startsWith(SEALED) || !material) throw new SecretUnreadable('client secret cannot be read: OIDC_SECRET_KEY missing or changed');
	const [iv, tag, body] = stored.slice(SEALED.length).split('.').map((part) => Buffer.from(part, 'base64url'));
	try {
		const decipher = createDecipheriv('aes-256-gcm', keyFrom(material), iv!);
		decipher.setAuthTag(tag!);
		return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
	} catch {
		throw new SecretUnreadable('client secret cannot be read: OIDC_SECRET_KEY changed');
	}
}

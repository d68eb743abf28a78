import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeHexLowerCase } from '@oslojs/encoding';

// Human-safe alphabet (no 0/o, 1/l) with 32 symbols: each character carries 5 bits of entropy.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** 24 characters = 120 bits, as the Lucia session guide recommends. */
export function randomSecret(length = 24): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = '';
	for (const byte of bytes) out += ALPHABET[byte >> 3];
	return out;
}

export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** Compares hex digests without leaking, through timing, how many leading characters match. */
export function secretMatches(secret: string, storedHash: string): boolean {
	const given = new TextEncoder().encode(hashSecret(secret));
	const stored = new TextEncoder().encode(storedHash);
	return given.length === stored.length && constantTimeEqual(given, stored);
}

/** Tokens are `<id>.<secret>`: the id finds the row, the secret proves possession. */
export function newToken(): { id: string; secret: string; token: string; secretHash: string } {
	const id = randomSecret();
	const secret = randomSecret();
	return { id, secret, token: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

export function splitToken(token: string): { id: string; secret: string } | null {
	const parts = token.split('.');
	if (parts.length !== 2) return null;
	const [id, secret] = parts as [string, string];
	if (!/^[a-z2-9]{24}$/.test(id) || !/^[a-z2-9]{24}$/.test(secret)) return null;
	return { id, secret };
}

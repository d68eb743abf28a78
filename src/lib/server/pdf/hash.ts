import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * JSON with object keys sorted at every level. PostgreSQL's jsonb does not keep key order, so a
 * fingerprint of a stored snapshot must not depend on it.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
			: v
	);
}

/** The content fingerprint printed on a frozen report: SHA-256 of its snapshot, independent of key order. */
export function snapshotFingerprint(snapshot: unknown): string {
	return sha256Hex(canonicalJson(snapshot));
}

import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's 2024 minimum (19 MiB, 2 passes): safe, and fast enough for a login form.
const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A fixed hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('dpia-wijzer-no-such-account');
	await verifyPassword(await dummyHash, password);
	return false;
}

/**
 * Schools of a board: the sector they belong to and their DUO codes. A BRIN number is two digits and two
 * letters ("12AB"); a branch (vestiging) adds a two-digit number ("12AB00"). People type them with spaces,
 * dashes or lower case, so a code is normalised before it is checked or stored.
 */
export const SECTORS = ['po', 'vo', 'so', 'vso'] as const;
export type Sector = (typeof SECTORS)[number];

export const SCHOOL_NAME_MAX = 200;

const BRIN = /^\d{2}[A-Z]{2}(\d{2})?$/;

export function isSector(value: unknown): value is Sector {
	return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

/** Upper case without spaces, dots or dashes: " 12ab-00 " -> "12AB00". */
export function normaliseBrin(raw: string): string {
	return raw.replace(/[\s.-]/g, '').toUpperCase();
}

/** True for a normalised BRIN number with or without a vestigingsnummer. */
export function isBrin(code: string): boolean {
	return BRIN.test(code);
}

/** "12AB00" -> { brin: "12AB", vestiging: "00" }; null when the code is not one. */
export function splitBrin(code: string): { brin: string; vestiging: string | null } | null {
	const normal = normaliseBrin(code);
	if (!isBrin(normal)) return null;
	return { brin: normal.slice(0, 4), vestiging: normal.length === 6 ? normal.slice(4) : null };
}

/**
 * Rules for names people type when they create organisations and accounts. Shared by the web forms and
 * the admin command line so both refuse the same input.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** URL-safe organisation key: lower-case letters, digits and inner hyphens (also the `slug` route matcher). */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** "Stichting Onderwijs Noord" -> "stichting-onderwijs-noord"; accents are dropped, not lost as hyphens. */
export function slugify(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64)
		.replace(/-+$/, '');
}

import { z } from 'zod';
import type { Locale } from '../catalogue/i18n';
import { SUBJECTS, TRANSFER_MECHANISMS } from '../catalogue/options';
import { AP_IDS, CRITERION_IDS, LEGAL_IDS, POLICY_IDS, SWITCHABLE_POLICY } from '../triggers';
import type { PrescanInput } from './types';

const ids = <T extends string>(values: readonly T[]) => z.array(z.enum(values as [T, ...T[]])).default([]);

/** The §10 input. Strict: an unknown field is an error too, so a misspelt "aplist" cannot silently count as "no". */
export const prescanInputSchema = z.strictObject({
	subjects: ids(SUBJECTS.map((s) => s.id)),
	legal: ids(LEGAL_IDS),
	policy: ids(POLICY_IDS),
	apList: ids(AP_IDS),
	criteria: ids(CRITERION_IDS),
	transfer: z
		.strictObject({
			outsideEea: z.boolean(),
			mechanism: z.enum(TRANSFER_MECHANISMS.map((m) => m.id) as [string, ...string[]]).optional()
		})
		.optional(),
	serviceMainlyForMinors: z.boolean().default(false),
	highRiskAi: z.boolean().default(false),
	organisationPolicy: z.partialRecord(z.enum(SWITCHABLE_POLICY), z.boolean()).optional()
});

export interface InputError {
	/** Path in the JSON, e.g. `apList[2]` or `transfer.mechanism`. */
	field: string;
	message: string;
}

export type ParsedInput = { ok: true; input: PrescanInput } | { ok: false; errors: InputError[] };

function pathText(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function describe(value: unknown): string {
	if (value === undefined) return 'niets';
	if (Array.isArray(value)) return 'array';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'object' : JSON.stringify(value);
}

const TEXT = {
	nl: {
		unknownId: (v: string, allowed: string) => `onbekende waarde ${v}; toegestaan: ${allowed}`,
		wrongType: (expected: string, got: string) => `verwacht ${expected}, gekregen ${got}`,
		unknownField: (key: string) => `onbekend veld "${key}"`,
		notJson: 'de invoer is geen geldige JSON',
		notObject: 'de invoer moet een JSON-object zijn'
	},
	en: {
		unknownId: (v: string, allowed: string) => `unknown value ${v}; allowed: ${allowed}`,
		wrongType: (expected: string, got: string) => `expected ${expected}, got ${got}`,
		unknownField: (key: string) => `unknown field "${key}"`,
		notJson: 'the input is not valid JSON',
		notObject: 'the input must be a JSON object'
	}
} as const;

function messagesOf(error: z.ZodError, raw: unknown, locale: Locale): InputError[] {
	const text = TEXT[locale];
	return error.issues.flatMap((issue): InputError[] => {
		const field = pathText(issue.path);
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => ({ field: pathText([...issue.path, key]), message: text.unknownField(key) }));
		if (issue.code === 'invalid_value')
			return [{ field, message: text.unknownId(describe(valueAt(raw, issue.path)), issue.values.map(String).join(', ')) }];
		if (issue.code === 'invalid_type')
			return [{ field, message: text.wrongType(issue.expected, describe(valueAt(raw, issue.path))) }];
		return [{ field, message: issue.message }];
	});
}

/** Validates untrusted input (API body, CLI file, form) and names every offending field and value. */
export function parsePrescanInput(raw: unknown, locale: Locale = 'nl'): ParsedInput {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ field: '', message: TEXT[locale].notObject }] };
	const result = prescanInputSchema.safeParse(raw);
	if (!result.success) return { ok: false, errors: messagesOf(result.error, raw, locale) };
	return { ok: true, input: result.data as PrescanInput };
}

export function parsePrescanJson(text: string, locale: Locale = 'nl'): ParsedInput {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, errors: [{ field: '', message: TEXT[locale].notJson }] };
	}
	return parsePrescanInput(raw, locale);
}

import { z } from 'zod';
import { TRANSFER_MECHANISMS } from '$lib/domain/catalogue/transfers';
import { AGREEMENT_MODELS, CERTIFICATION_KINDS } from '$lib/domain/supplier/record';
import { EEA, hasAdequacyDecision, isCountryCode } from '$lib/domain/supplier';
import { m } from '$lib/paraglide/messages';

/** Form schemas of the supplier register (issue 21). Server-side only, like the other form schemas. */
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());
const text = (max: number) => z.string().trim().max(max, { error: () => m.supplier_error_too_long({ max }) });
const optionalDate = z.preprocess(
	(v) => (v === '' || v === undefined ? null : v),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.supplier_error_date() })
		.refine((s) => !Number.isNaN(Date.parse(s)), { error: () => m.supplier_error_date() })
		.nullable()
);
const country = (optional: boolean) =>
	z
		.string()
		.trim()
		.toUpperCase()
		.refine((c) => (optional && c === '') || isCountryCode(c), { error: (issue) => m.supplier_error_country({ value: String(issue.input) }) });

export const supplierForm = z
	.object({
		name: z.string().trim().min(1, { error: () => m.supplier_error_name() }).max(200, { error: () => m.supplier_error_too_long({ max: 200 }) }),
		// KvK numbers have 8 digits (Handelsregisterwet; the register's own format)
		kvkNumber: z.string().trim().regex(/^(\d{8})?$/, { error: () => m.supplier_error_kvk() }),
		privacyContact: text(300),
		convenantParty: checkbox,
		convenantSince: optionalDate,
		agreementModel: z.enum(AGREEMENT_MODELS, { error: () => m.supplier_error_agreement_model() }),
		agreementSignedOn: optionalDate,
		agreementValidUntil: optionalDate,
		privacyAnnex: checkbox,
		storageCountry: country(true)
	})
	.superRefine((v, ctx) => {
		if (v.agreementSignedOn && v.agreementValidUntil && v.agreementValidUntil < v.agreementSignedOn)
			ctx.addIssue({ code: 'custom', path: ['agreementValidUntil'], message: m.supplier_error_valid_before_signed() });
		if (v.agreementModel === 'none' && (v.agreementSignedOn || v.agreementValidUntil))
			ctx.addIssue({ code: 'custom', path: ['agreementModel'], message: m.supplier_error_dates_without_agreement() });
	});

const MECHANISM_IDS: readonly string[] = TRANSFER_MECHANISMS.map((t) => t.id);

export const subProcessorForm = z
	.object({
		name: z.string().trim().min(1, { error: () => m.supplier_error_name() }).max(200, { error: () => m.supplier_error_too_long({ max: 200 }) }),
		country: country(false),
		activity: text(300),
		mechanism: z.string().refine((v) => v === '' || MECHANISM_IDS.includes(v), { error: (issue) => m.supplier_error_mechanism({ value: String(issue.input) }) })
	})
	.superRefine((v, ctx) => {
		if (!isCountryCode(v.country) || EEA.has(v.country)) return;
		if (!v.mechanism) ctx.addIssue({ code: 'custom', path: ['mechanism'], message: m.supplier_error_mechanism_needed() });
		else if (v.mechanism === 'adequacy' && !hasAdequacyDecision(v.country))
			ctx.addIssue({ code: 'custom', path: ['mechanism'], message: m.supplier_error_no_adequacy({ country: v.country }) });
	})
	// inside the EEA there is no transfer, so no mechanism to keep
	.transform((v) => ({ ...v, mechanism: EEA.has(v.country) ? '' : v.mechanism }));

export const certificationForm = z
	.object({
		kind: z.enum(CERTIFICATION_KINDS, { error: () => m.supplier_error_certification() }),
		note: text(200),
		validUntil: optionalDate
	})
	.transform((v) => ({ ...v, validUntil: v.validUntil ?? '' }));

export const removeItemForm = z.object({ index: z.coerce.number().int().min(0).max(999) });

export const linkSupplierForm = z.object({ supplierId: z.union([z.literal(''), z.uuid()]) });

/** Actions that take no fields (archive, reactivate). */
export const emptyForm = z.object({});

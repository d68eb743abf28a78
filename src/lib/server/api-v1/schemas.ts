import { z } from 'zod';
import { processingForm } from '$lib/components/prescan/forms';
import { measureForm } from '$lib/components/risk/forms';
import { prescanAnswersSchema } from '$lib/domain/prescan/answers';
import { prescanInputSchema } from '$lib/domain/prescan/input';
import { STATES } from '$lib/domain/workflow/states';

/**
 * The `/api/v1` request and response shapes. Handlers parse with these, and `openapi.ts` describes the
 * API from these same objects, so the description cannot drift from what the handlers accept.
 */
export const pagingQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	per_page: z.coerce.number().int().min(1).max(100).default(25)
});

export const prescanRequest = prescanInputSchema;

export const prescanResponse = z
	.object({
		outcome: z.enum(['mandatory', 'recommended', 'not_required']),
		reasons: z.array(z.looseObject({ id: z.string(), effect: z.string() })),
		flags: z.array(z.string())
	})
	.loose()
	.meta({ description: 'The §10 pre-scan result: outcome, the rules that fired and extra checks.' });

/** A processing as the register form takes it, with the answers of its pre-scan screens. */
export const createProcessingRequest = processingForm.extend({ prescan: prescanAnswersSchema });

export const createProcessingResponse = z.object({
	id: z.uuid(),
	name: z.string(),
	vendor: z.string(),
	prescan: prescanResponse,
	links: z.object({ self: z.string() })
});

export const measureStatusRequest = z.strictObject({ status: measureForm.shape.status });

export const measureResponse = z.object({
	id: z.uuid(),
	title: z.string(),
	owner: z.string(),
	dueOn: z.string().nullable(),
	status: measureForm.shape.status
});

export const assessmentSummary = z.looseObject({
	id: z.uuid(),
	processing: z.looseObject({ name: z.string() }),
	status: z.enum(STATES),
	links: z.object({ self: z.string() })
});

export const assessmentList = z.object({
	data: z.array(assessmentSummary),
	meta: z.object({ page: z.number().int(), perPage: z.number().int(), total: z.number().int(), pages: z.number().int() })
});

export const apiErrorBody = z.object({
	error: z.object({
		code: z.string(),
		message: z.string().meta({ description: 'In the language of Accept-Language (nl or en), else of the language cookie.' }),
		fields: z.array(z.object({ field: z.string(), message: z.string() })).optional()
	})
});

/** The exchange format's JSON Schema, served at its own `$id` (routes/schema/dpia-export-1.json). */
export const EXCHANGE_SCHEMA_ID = 'https://dpia-wijzer.nl/schema/dpia-export-1.json';
export const EXCHANGE_SCHEMA_PATH = '/schema/dpia-export-1.json';

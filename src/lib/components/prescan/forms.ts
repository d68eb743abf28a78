import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Lengths the forms allow; the DPIA import (`server/exchange`) holds files to the same. */
export const PROCESSING_LIMITS = { name: 200, vendor: 200, description: 4000, reasoning: 8000, fgView: 8000 } as const;

const longText = (max: number) => z.string().trim().max(max, { error: () => m.processing_error_long({ max }) });

/** "Nieuwe verwerking": what the register needs before the pre-scan. */
export const processingForm = z.object({
	name: z.string().trim().min(1, { error: () => m.processing_error_name() }).max(PROCESSING_LIMITS.name, { error: () => m.processing_error_name() }),
	vendor: longText(PROCESSING_LIMITS.vendor).default(''),
	description: longText(PROCESSING_LIMITS.description).default(''),
	schoolIds: z.array(z.uuid({ error: () => m.processing_error_school() })).default([])
});

/** The web form also carries the confirmation that a second processing of the same name is meant. */
export const newProcessingForm = processingForm.extend({ sameName: z.literal('new').optional() });

export const reasoningForm = z.object({
	reasoning: z.string().trim().min(20, { error: () => m.next_reasoning_error() }).max(PROCESSING_LIMITS.reasoning, { error: () => m.processing_error_long({ max: PROCESSING_LIMITS.reasoning }) })
});

export const fgViewForm = z.object({
	fgView: z.string().trim().min(10, { error: () => m.fg_view_error() }).max(PROCESSING_LIMITS.fgView, { error: () => m.processing_error_long({ max: PROCESSING_LIMITS.fgView }) })
});

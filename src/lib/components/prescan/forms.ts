import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

const longText = (max: number) => z.string().trim().max(max, { error: () => m.processing_error_long({ max }) });

/** "Nieuwe verwerking": what the register needs before the pre-scan. */
export const processingForm = z.object({
	name: z.string().trim().min(1, { error: () => m.processing_error_name() }).max(200, { error: () => m.processing_error_name() }),
	vendor: longText(200).default(''),
	description: longText(4000).default(''),
	schoolIds: z.array(z.uuid({ error: () => m.processing_error_school() })).default([])
});

export const reasoningForm = z.object({
	reasoning: z.string().trim().min(20, { error: () => m.next_reasoning_error() }).max(8000, { error: () => m.processing_error_long({ max: 8000 }) })
});

export const fgViewForm = z.object({
	fgView: z.string().trim().min(10, { error: () => m.fg_view_error() }).max(8000, { error: () => m.processing_error_long({ max: 8000 }) })
});

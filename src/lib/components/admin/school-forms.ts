import { z } from 'zod';
import { isBrin, normaliseBrin, SCHOOL_NAME_MAX, SECTORS } from '$lib/domain/schools';
import { m } from '$lib/paraglide/messages';

/** Form schemas of the schools admin page; a BRIN number is stored normalised ("12ab 00" -> "12AB00"). */
const schoolFields = {
	name: z
		.string()
		.trim()
		.min(1, { error: () => m.schools_error_name() })
		.max(SCHOOL_NAME_MAX, { error: () => m.schools_error_name_long() }),
	brin: z
		.string()
		.default('')
		.transform(normaliseBrin)
		.refine((code) => code === '' || isBrin(code), { error: () => m.schools_error_brin() })
		.transform((code) => code || null),
	sector: z.enum(SECTORS, { error: () => m.schools_error_sector() })
};

export const schoolForm = z.object(schoolFields);
export const schoolUpdateForm = z.object({ schoolId: z.uuid(), ...schoolFields });
export const schoolIdForm = z.object({ schoolId: z.uuid() });

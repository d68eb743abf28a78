import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrg } from '$lib/server/auth/guard';
import { importForeign } from '$lib/server/exchange/foreign/import';
import { AlreadyImported, ImportRefused, importAssessment, parseExportText } from '$lib/server/exchange/import';
import { MAX_IMPORT_BYTES } from '$lib/server/exchange/limits';
import { scopeOf } from '$lib/server/services/scope';
import type { Actions, PageServerLoad } from './$types';

const formatSchema = z.enum(['dpia-wijzer', 'cnil', 'par']);

export const load: PageServerLoad = async (event) => {
	await requireOrg(event, 'assessment.edit');
	return {};
};

export const actions: Actions = {
	/**
	 * One file in, one draft DPIA out, all or nothing. The kind of file is chosen, not guessed, so a file
	 * that is not what the person says it is gets refused with that reason.
	 */
	upload: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const locale = getLocale() === 'en' ? 'en' : 'nl';
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch {
			return fail(400, { errors: { file: m.import_error_no_file() } });
		}
		const format = formatSchema.safeParse(data.get('format'));
		const file = data.get('file');
		const copy = data.get('copy') === 'on';
		if (!format.success) return fail(400, { errors: { format: m.import_error_format() } });
		if (!(file instanceof File) || file.size === 0) return fail(400, { format: format.data, errors: { file: m.import_error_no_file() } });
		// refused by its size before it is read, as the command line does
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { format: format.data, refused: [m.import_too_large({ max: MAX_IMPORT_BYTES / 2 ** 20 })] });
		const scope = scopeOf(ctx);
		try {
			const text = await file.text();
			if (format.data === 'dpia-wijzer') {
				const doc = parseExportText(text);
				const result = await importAssessment(event.locals.db, ctx.organisation.id, doc, scope.actor, { copy });
				return { imported: { assessmentId: result.assessmentId, name: doc.processing.name, warnings: result.warnings, assumptions: [], unmapped: [] } };
			}
			const { result, report, name } = await importForeign(event.locals.db, ctx.organisation.id, text, format.data, scope.actor, { fileName: file.name, locale, copy });
			return {
				imported: { assessmentId: result.assessmentId, name, warnings: result.warnings, assumptions: report.assumptions.map((a) => a[locale]), unmapped: report.unmapped }
			};
		} catch (error) {
			if (error instanceof AlreadyImported) return fail(409, { format: format.data, refused: [m.import_exists_web({ name: error.existing.name })] });
			if (error instanceof ImportRefused) return fail(400, { format: format.data, refused: error.reasons(locale) });
			throw error;
		}
	}
};

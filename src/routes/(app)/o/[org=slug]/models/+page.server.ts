import { fail, redirect } from '@sveltejs/kit';
import { exampleForm, startForm } from '$lib/components/model/forms';
import { can } from '$lib/domain/roles';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrg } from '$lib/server/auth/guard';
import { MAX_IMPORT_BYTES } from '$lib/server/exchange/limits';
import { parseForm } from '$lib/server/forms';
import { EXAMPLE_IDS, exampleModel, isExampleId } from '$lib/server/model/examples';
import { ModelRefused, parseModelText } from '$lib/server/model/parse';
import { addModel, listLibrary } from '$lib/server/services/model-library';
import { startFromModel } from '$lib/server/services/model-start';
import { NameInUse } from '$lib/server/services/register';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const library = await listLibrary(event.locals.db, scopeOf(ctx));
	const examples = EXAMPLE_IDS.map((id) => {
		const { identity } = exampleModel(id);
		return { id, system: identity.system, version: identity.modelVersion };
	});
	return { library, examples, can: { manage: can(ctx.role, 'model.manage'), start: can(ctx.role, 'assessment.edit') } };
};

const locale = () => (getLocale() === 'en' ? 'en' : 'nl');

function refused(error: unknown) {
	if (error instanceof ModelRefused) return fail(400, { refused: error.reasons(locale()) });
	throw error;
}

async function added(promise: ReturnType<typeof addModel>) {
	const result = await promise;
	return { added: { system: result.system, version: result.version, again: !result.added } };
}

export const actions: Actions = {
	upload: async (event) => {
		const ctx = await requireOrg(event, 'model.manage');
		let data: FormData;
		try {
			data = await event.request.formData();
		} catch {
			return fail(400, { refused: [m.model_error_no_file()] });
		}
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { refused: [m.model_error_no_file()] });
		// refused by its size before it is read, as the exchange import does
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { refused: [m.import_too_large({ max: MAX_IMPORT_BYTES / 2 ** 20 })] });
		try {
			return await added(addModel(event.locals.db, scopeOf(ctx), parseModelText(await file.text())));
		} catch (error) {
			return refused(error);
		}
	},
	example: async (event) => {
		const ctx = await requireOrg(event, 'model.manage');
		const parsed = await parseForm(event.request, exampleForm);
		if (!parsed.ok) return parsed.failure;
		if (!isExampleId(parsed.data.example)) return fail(400, { refused: [m.model_error_item()] });
		try {
			return await added(addModel(event.locals.db, scopeOf(ctx), exampleModel(parsed.data.example)));
		} catch (error) {
			return refused(error);
		}
	},
	start: async (event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, startForm);
		if (!parsed.ok) return parsed.failure;
		let assessmentId: string;
		try {
			const { versionId, name, sameName } = parsed.data;
			({ assessmentId } = await startFromModel(event.locals.db, scopeOf(ctx), versionId, { name, refuseNameInUse: sameName !== 'new' }));
		} catch (error) {
			if (error instanceof NotFound) return fail(404, { refused: [m.model_error_item()] });
			if (error instanceof NameInUse) return fail(409, { sameName: { versionId: parsed.data.versionId, name: parsed.data.name, existing: error.existing } });
			throw error;
		}
		redirect(303, `/o/${ctx.organisation.slug}/assessments/${assessmentId}/model`);
	}
};

import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { ModelRefused } from '$lib/server/model/parse';
import { todayInNl } from '$lib/server/services/http';
import { exportAsModel, NotFinished } from '$lib/server/services/model-export';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import type { RequestHandler } from './$types';

/** The newest signed-off version of a DPIA as a model DPIA file, to share with other boards (issue 20, point 5). */
export const GET: RequestHandler = async (event) => {
	const ctx = await requireOrg(event, 'assessment.share');
	let doc;
	try {
		doc = await exportAsModel(event.locals.db, scopeOf(ctx), event.params.id, todayInNl());
	} catch (cause) {
		if (cause instanceof NotFound) error(404, 'Not found');
		if (cause instanceof NotFinished) error(409, m.model_share_not_finished());
		// a DPIA whose content the model format cannot carry (an unfinished answer, say) is not shared half
		if (cause instanceof ModelRefused) error(409, cause.reasons('en').slice(0, 5).join('; '));
		throw cause;
	}
	return new Response(JSON.stringify({ $schema: 'https://dpia-wijzer.nl/schema/dpia-model-1.json', ...doc }, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="model-dpia.json"' }
	});
};

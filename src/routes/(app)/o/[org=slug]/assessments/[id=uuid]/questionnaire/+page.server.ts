import { outline } from '$lib/domain/questionnaire/page';
import { can } from '$lib/domain/roles';
import { getLocale } from '$lib/paraglide/runtime';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import * as processings from '$lib/server/repo/processings';
import { loadFailure } from '$lib/server/services/http';
import { readQuestionnaire } from '$lib/server/services/questionnaire';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const view = await readQuestionnaire(event.locals.db, scope, event.params.id).catch(loadFailure);
	const processing = await processings.read(event.locals.db, ctx.organisation.id, view.assessment.processingId);
	return {
		processingName: processing?.name ?? '',
		outline: outline(getLocale()),
		progress: view.progress.sections,
		missing: view.progress.missingRequired,
		frozen: Boolean(view.version.frozenAt),
		canEdit: can(ctx.role, 'assessment.edit') && !view.version.frozenAt
	};
};

import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { reviewStatus, shownStatusWith } from '$lib/domain/review';
import { loadFailure, todayInNl } from '$lib/server/services/http';
import { openCommentCounts } from '$lib/server/services/questionnaire-comments';
import { versionReports } from '$lib/server/services/report-export';
import { sharedVersion } from '$lib/server/services/model-export';
import { modelNotice } from '$lib/server/services/model-notice';
import { can } from '$lib/domain/roles';
import { currentVersion } from '$lib/server/services/scope';
import { processingSupplier } from '$lib/server/services/supplier-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const { assessment, version, processingName } = await currentVersion(event.locals.db, scope, event.params.id).catch(loadFailure);
	const { supplier, supplierChange } = await processingSupplier(event.locals.db, scope, assessment.processingId);
	const review = reviewStatus(assessment, todayInNl());
	const model = await modelNotice(event.locals.db, version.id);
	return {
		supplier,
		supplierChange,
		assessment: { id: assessment.id, status: shownStatusWith(assessment.status, review, { supplierChanged: supplierChange !== null, modelUpdated: Boolean(model?.newer) }), reviewDueOn: assessment.reviewDueOn, review },
		version: { number: version.number },
		openComments: Object.values(await openCommentCounts(event.locals.db, version.id)).reduce((a, b) => a + b, 0),
		processing: { id: assessment.processingId, name: processingName },
		model,
		// a finished DPIA can be shared as a model file: its newest signed-off version
		shareModel: can(ctx.role, 'assessment.share') ? await sharedVersion(event.locals.db, assessment.id) : null,
		reports: await versionReports(event.locals.db, ctx.organisation.id, assessment.id)
	};
};

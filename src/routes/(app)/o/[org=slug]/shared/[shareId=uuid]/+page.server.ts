import { redirect } from '@sveltejs/kit';
import { gmrResponseForm } from '$lib/components/risk/workflow-forms';
import { can } from '$lib/domain/roles';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { readShared, recordGmrResponse } from '$lib/server/services/gmr';
import { sharedGmrContent } from '$lib/server/services/gmr-content';
import { actionFailure, loadFailure, todayInNl } from '$lib/server/services/http';
import { sharedVersionReport } from '$lib/server/services/report-export';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'shared.read');
	const { share, data, reviewDueOn } = await readShared(event.locals.db, ctx.organisation.id, event.params.shareId).catch(loadFailure);
	const report = await sharedVersionReport(event.locals.db, ctx.organisation.id, share.versionId);
	// the (G)MR report's own content model, so the page shows everything its PDF shows, in the reader's language
	const content = await sharedGmrContent(event.locals.db, ctx.organisation.id, { versionId: share.versionId, data, reviewDueOn }, getLocale(), report.fingerprint);
	const heading = { name: data.processing.name, number: data.version.number };
	return { share, heading, content, consultations: data.apConsultations, report, canRespond: can(ctx.role, 'gmr.respond'), today: todayInNl(), saved: event.url.searchParams.has('saved') };
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requireOrg(event, 'gmr.respond');
		const parsed = await parseForm(event.request, gmrResponseForm);
		if (!parsed.ok) return parsed.failure;
		const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
		try {
			await recordGmrResponse(event.locals.db, scope, event.params.shareId, parsed.data);
		} catch (cause) {
			return actionFailure(cause, parsed.values);
		}
		redirect(303, `${event.url.pathname}?saved`);
	}
};

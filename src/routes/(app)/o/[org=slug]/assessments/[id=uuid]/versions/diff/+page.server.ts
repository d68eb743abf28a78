import { error } from '@sveltejs/kit';
import { actorOf } from '$lib/server/audit';
import { requireOrg } from '$lib/server/auth/guard';
import { loadFailure } from '$lib/server/services/http';
import { diffView } from '$lib/server/services/version-diff-view';
import { compareVersions } from '$lib/server/services/versions';
import type { PageServerLoad } from './$types';

/** A version number from the query; absent means "use the default", anything else but 1, 2, … is a bad link. */
function versionNumber(raw: string | null): number | null {
	if (raw === null || raw === '') return null;
	if (!/^[1-9]\d{0,5}$/.test(raw)) error(404, 'Not found');
	return Number(raw);
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requireOrg(event, 'register.read');
	const scope = { organisationId: ctx.organisation.id, actor: actorOf(ctx.user) };
	const params = event.url.searchParams;
	const to = versionNumber(params.get('to'));
	const from = versionNumber(params.get('from'));
	const found = await compareVersions(event.locals.db, scope, event.params.id, from, to).catch(loadFailure);
	const view = diffView(found.diff);
	return { assessmentId: event.params.id, processingName: found.processingName, from: found.from, to: found.to, ...view };
};

import { acceptsDocuments } from '$lib/domain/questionnaire/view';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const needed = !data.canEdit || data.supplier !== null || (data.model?.answers.length ?? 0) > 0 || data.page.section.questions.some(acceptsDocuments);
	// A component returned from load is ready before the page hydrates, so what the server rendered is kept.
	return { ...data, extras: needed ? await import('./extras') : null };
};

import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { encodeSection } from '$lib/components/questionnaire/codec';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { answerSection, EditConflict } from '$lib/server/services/questionnaire';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import { takeOverLocations } from '$lib/server/services/supplier-answers';
import { AssessmentLocked } from '$lib/server/services/version-lock';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

const takeOverForm = z.object({ revision: z.coerce.number().int().min(0) });
const refused = (status: number, message: string) => fail(status, { kind: 'supplier' as const, message });

export const supplierActions = {
	/** §8: the linked supplier's locations into the answers, on purpose, as a save the person can still change. */
	takeOverSupplier: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, takeOverForm);
		if (event.params.section !== '8' || !parsed.ok) return refused(400, m.supplier_takeover_unavailable());
		try {
			const result = await takeOverLocations(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.revision);
			return { kind: 'save' as const, values: encodeSection(answerSection('8'), result.record), revision: result.revision, errors: {}, saved: true, takenOver: true };
		} catch (cause) {
			if (cause instanceof NotFound && cause.what === 'assessment') error(404, 'Not found');
			if (cause instanceof NotFound) return refused(400, m.supplier_takeover_unavailable());
			if (cause instanceof AssessmentLocked) return refused(409, m.wf_error_locked());
			if (cause instanceof EditConflict) return refused(409, m.supplier_takeover_conflict());
			throw cause;
		}
	}
};

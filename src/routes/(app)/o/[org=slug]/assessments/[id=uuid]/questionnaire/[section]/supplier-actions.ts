import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { encodeSection } from '$lib/components/questionnaire/codec';
import { m } from '$lib/paraglide/messages';
import { requireOrg } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/forms';
import { answerSection, EditConflict } from '$lib/server/services/questionnaire';
import { NotFound, scopeOf } from '$lib/server/services/scope';
import { takeOverLocations, takeOverParty } from '$lib/server/services/supplier-answers';
import { AssessmentLocked } from '$lib/server/services/version-lock';

type Event = RequestEvent<{ org: string; id: string; section: string }>;

const takeOverForm = z.object({ revision: z.coerce.number().int().min(0) });
const refused = (status: number, message: string) => fail(status, { kind: 'supplier' as const, message });

export const supplierActions = {
	/**
	 * §6 (the supplier as a party) and §8 (its locations): the linked supplier's facts into the answers, on
	 * purpose, as a save the person can still change.
	 */
	takeOverSupplier: async (event: Event) => {
		const ctx = await requireOrg(event, 'assessment.edit');
		const parsed = await parseForm(event.request, takeOverForm);
		const sectionId = event.params.section;
		const takeOver = sectionId === '6' ? takeOverParty : sectionId === '8' ? takeOverLocations : null;
		if (!takeOver || !parsed.ok) return refused(400, m.supplier_takeover_unavailable());
		try {
			const result = await takeOver(event.locals.db, scopeOf(ctx), event.params.id, parsed.data.revision);
			return { kind: 'save' as const, values: encodeSection(answerSection(sectionId), result.record), revision: result.revision, errors: {}, saved: true, takenOver: true };
		} catch (cause) {
			if (cause instanceof NotFound && cause.what === 'assessment') error(404, 'Not found');
			if (cause instanceof NotFound) return refused(400, m.supplier_takeover_unavailable());
			if (cause instanceof AssessmentLocked) return refused(409, m.wf_error_locked());
			if (cause instanceof EditConflict) return refused(409, m.supplier_takeover_conflict());
			throw cause;
		}
	}
};

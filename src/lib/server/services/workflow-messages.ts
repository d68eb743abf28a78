import { m } from '$lib/paraglide/messages';
import type { Refusal } from './workflow-facts';

/** The sentence shown for a refused workflow step, in the request's language. */
export function refusalMessage(refusal: Pick<Refusal, 'code'>): string {
	switch (refusal.code) {
		case 'missing_required':
			return m.wf_refused_missing_required();
		case 'untreated_risks':
			return m.wf_refused_untreated_risks();
		case 'no_fg_advice':
			return m.wf_refused_no_fg_advice();
		case 'deviation_motivation_required':
			return m.wf_error_deviation();
		case 'prior_consultation_required':
			return m.wf_refused_prior_consultation();
		case 'role':
			return m.wf_error_role();
		case 'model_inventory_open':
			return m.wf_refused_model_inventory();
		case 'wrong_state':
			return m.wf_refused_wrong_state();
	}
}

import { m } from '$lib/paraglide/messages';

export function actionLabel(action: string): string {
	switch (action) {
		case 'submit':
			return m.wf_submit();
		case 'request_changes':
			return m.wf_request_changes();
		case 'advise':
			return m.wf_advise();
		case 'decide':
			return m.wf_decide();
		case 'log_consultation':
			return m.wf_consult();
		case 'share_gmr':
			return m.wf_share();
		case 'sign_off':
			return m.wf_sign_off();
		case 'new_version':
			return m.wf_new_version();
		default:
			return m.wf_archive();
	}
}

/** A step as history tells it: what happened, in the past tense (the reports' step table says the same). */
export function doneLabel(action: string): string {
	switch (action) {
		case 'submit':
			return m.wf_done_submit();
		case 'request_changes':
			return m.wf_done_request_changes();
		case 'advise':
			return m.wf_done_advise();
		case 'decide':
			return m.wf_done_decide();
		case 'log_consultation':
			return m.wf_done_log_consultation();
		case 'share_gmr':
			return m.wf_done_share_gmr();
		case 'sign_off':
			return m.wf_done_sign_off();
		case 'new_version':
			return m.wf_done_new_version();
		default:
			return m.wf_done_archive();
	}
}

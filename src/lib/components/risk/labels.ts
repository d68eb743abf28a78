import { dateTimeFormat } from '$lib/utils/date-format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { MEASURE_STATUSES, MEASURE_TYPES } from './choices';

// Typed keys only (no keys built from strings): one switch per option list.
export function measureTypeLabel(type: (typeof MEASURE_TYPES)[number] | string): string {
	switch (type) {
		case 'technical':
			return m.measure_type_technical();
		case 'contractual':
			return m.measure_type_contractual();
		default:
			return m.measure_type_organisational();
	}
}

export function measureStatusLabel(status: (typeof MEASURE_STATUSES)[number] | string): string {
	switch (status) {
		case 'in_progress':
			return m.measure_status_in_progress();
		case 'done':
			return m.measure_status_done();
		default:
			return m.measure_status_planned();
	}
}

export function gmrResponseLabel(kind: string): string {
	switch (kind) {
		case 'consent':
			return m.gmr_response_consent();
		case 'consent_refused':
			return m.gmr_response_consent_refused();
		case 'no_response':
			return m.gmr_response_no_response();
		default:
			return m.gmr_response_views();
	}
}

export function adviceLabel(verdict: string): string {
	switch (verdict) {
		case 'positive':
			return m.wf_advice_positive();
		case 'negative':
			return m.wf_advice_negative();
		default:
			return m.wf_advice_positive_with_conditions();
	}
}

export function decisionLabel(decision: string): string {
	switch (decision) {
		case 'proceed':
			return m.wf_decision_proceed();
		case 'adjust':
			return m.wf_decision_adjust();
		case 'reject':
			return m.wf_decision_reject();
		default:
			return m.wf_decision_proceed_with_conditions();
	}
}

export function reviewStatusLabel(status: string): string {
	switch (status) {
		case 'ok':
			return m.review_status_ok();
		case 'check_due':
			return m.review_status_check_due();
		case 'due_soon':
			return m.review_status_due_soon();
		case 'overdue':
			return m.review_status_overdue();
		default:
			return m.review_status_none();
	}
}

/** yyyy-mm-dd (or an ISO timestamp) as a date in words, e.g. "22 november 2029"; calendar dates, so UTC. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '';
	const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
	if (Number.isNaN(date.getTime())) return iso;
	return dateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeZone: iso.length === 10 ? 'UTC' : 'Europe/Amsterdam'
	}).format(date);
}

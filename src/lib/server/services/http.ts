import { dateTimeFormat } from '$lib/utils/date-format';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { formFailure, type FormValues } from '../forms';
import { UnknownRisk } from './measures';
import { NotFound } from './scope';
import { AssessmentLocked, VersionNotFound } from './version-lock';

/**
 * Maps the lifecycle services' typed errors to what a form action returns: missing things are 404, a
 * frozen version or a refused step is a message on the form with every typed value kept. Anything else
 * is unexpected and goes to handleError.
 */
export function actionFailure(cause: unknown, values: FormValues = {}) {
	if (cause instanceof NotFound || cause instanceof VersionNotFound) error(404, 'Not found');
	if (cause instanceof AssessmentLocked) return formFailure(409, values, {}, m.wf_error_locked());
	if (cause instanceof UnknownRisk) return formFailure(400, values, { riskIds: m.measure_error_unknown_risk() });
	throw cause;
}

/** Today as yyyy-mm-dd in Dutch time: school deadlines are Dutch calendar days, not UTC ones. */
export function todayInNl(now = new Date()): string {
	return dateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** For loads: a missing DPIA, version or item is a 404 page; anything else is unexpected. */
export function loadFailure(cause: unknown): never {
	if (cause instanceof NotFound || cause instanceof VersionNotFound) error(404, 'Not found');
	throw cause;
}

import { measureStatusLabel, measureTypeLabel } from '$lib/components/risk/labels';
import { fearedEventLabel, levelLabel, scaleLabel } from '$lib/components/risk/levels';
import { m } from '$lib/paraglide/messages';

/**
 * Field names and values of risks and measures in words, for the version diff and the audit trail. Only
 * fields a reader cares about are named; ids, positions and timestamps are left out on purpose.
 */
export const RISK_FIELD_LABELS = {
	title: () => m.risk_field_title(),
	description: () => m.risk_field_description(),
	origin: () => m.risk_field_origin(),
	fearedEvent: () => m.risk_field_feared_event(),
	severity: () => m.risk_field_severity(),
	severityMotivation: () => m.risk_field_severity_motivation(),
	likelihood: () => m.risk_field_likelihood(),
	likelihoodMotivation: () => m.risk_field_likelihood_motivation(),
	levelOverride: () => m.risk_field_override(),
	overrideReason: () => m.risk_field_override_reason(),
	discrimination: () => m.risk_field_discrimination(),
	residualSeverity: () => m.risk_field_residual_severity(),
	residualLikelihood: () => m.risk_field_residual_likelihood(),
	accepted: () => m.risk_field_accepted(),
	acceptanceReason: () => m.risk_field_acceptance_reason()
} as const;

export const MEASURE_FIELD_LABELS = {
	title: () => m.measure_field_title(),
	description: () => m.measure_field_description(),
	type: () => m.measure_field_type(),
	owner: () => m.measure_field_owner(),
	dueOn: () => m.measure_field_due(),
	status: () => m.measure_field_status(),
	risks: () => m.measure_field_risks(),
	riskIds: () => m.measure_field_risks()
} as const;

export type RiskField = keyof typeof RISK_FIELD_LABELS;
export type MeasureField = keyof typeof MEASURE_FIELD_LABELS;

export function isRiskField(name: string): name is RiskField {
	return name in RISK_FIELD_LABELS;
}

export function isMeasureField(name: string): name is MeasureField {
	return name in MEASURE_FIELD_LABELS;
}

function plain(value: unknown): string {
	if (value === null || value === undefined || value === '') return '';
	if (value === true) return m.reg_yes();
	if (value === false) return m.reg_no();
	if (Array.isArray(value)) return value.map(plain).join(', ');
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function riskFieldValue(field: RiskField, value: unknown): string {
	switch (field) {
		case 'severity':
		case 'residualSeverity':
			return typeof value === 'number' ? scaleLabel('severity', value) : plain(value);
		case 'likelihood':
		case 'residualLikelihood':
			return typeof value === 'number' ? scaleLabel('likelihood', value) : plain(value);
		case 'levelOverride':
			return typeof value === 'string' ? levelLabel(value) || value : plain(value);
		case 'fearedEvent':
			return typeof value === 'string' && value ? fearedEventLabel(value) : plain(value);
		default:
			return plain(value);
	}
}

export function measureFieldValue(field: MeasureField, value: unknown): string {
	switch (field) {
		case 'type':
			return typeof value === 'string' ? measureTypeLabel(value) : plain(value);
		case 'status':
			return typeof value === 'string' ? measureStatusLabel(value) : plain(value);
		case 'riskIds':
			return Array.isArray(value) ? m.reg_linked_risks({ count: value.length }) : plain(value);
		default:
			return plain(value);
	}
}

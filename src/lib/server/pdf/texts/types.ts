import type { MeasureStatus } from '$lib/domain/risk/measure-status';
import type { GmrResponse } from '$lib/domain/workflow/decisions';

/**
 * The fixed wording of the full DPIA report in one language. Labels of questions, options, triggers,
 * levels and states come from the domain catalogues; this holds what only the report says.
 */
export interface ReportTexts {
	locale: 'nl' | 'en';
	/** BCP 47 tag for dates. */
	dateLocale: string;
	title: string;
	contents: string;
	subtitle: string;
	watermark: string;
	page: (current: number, total: number) => string;
	generatedOn: (date: string) => string;
	signedOffOn: (date: string) => string;
	version: (n: number) => string;
	yes: string;
	no: string;
	none: string;
	notAnswered: string;
	notApplicable: string;
	notApplicableBecause: (reason: string) => string;
	unknownValue: (id: string) => string;
	attachment: string;
	units: Record<'day' | 'week' | 'month' | 'year', [one: string, many: string]>;
	cover: {
		organisation: string;
		processing: string;
		vendor: string;
		schools: string;
		version: string;
		status: string;
		keyFacts: string;
		prescanOutcome: string;
		highestInherent: string;
		highestResidual: string;
		fgAdvice: string;
		decision: string;
		reviewDue: string;
		model: string;
		draftNotice: string;
		frozenNotice: (date: string, by: string) => string;
	};
	summary: { heading: string; missing: string; figures: string; risksPerLevel: string; inherent: string; residual: string; measuresPerStatus: string };
	prescan: {
		heading: string;
		intro: string;
		none: string;
		ranOn: (date: string) => string;
		outcome: string;
		rule: string;
		source: string;
		effect: string;
		derived: string;
		sources: Record<'law' | 'ap-list' | 'wp248' | 'policy', string>;
		effects: Record<'mandatory' | 'criterion', string>;
		flags: string;
		flagLabels: Record<'DTIA_REQUIRED' | 'KIA_RECOMMENDED' | 'IAMA_RECOMMENDED', string>;
		reasoning: string;
		fgView: string;
	};
	parts: Record<'A' | 'B' | 'C' | 'D', string>;
	chapters: { governance: string; history: string };
	answers: { item: (n: number) => string; noItems: string; dataItems: string; dataColumns: [string, string, string, string, string]; parties: string; partyColumns: [string, string, string, string] };
	risks: {
		none: string;
		register: string;
		columns: [string, string, string, string, string, string];
		accepted: string;
		measuresCount: (n: number) => string;
		details: string;
		description: string;
		origin: string;
		fearedEvent: string;
		severity: string;
		likelihood: string;
		override: (level: string, reason: string) => string;
		discrimination: string;
		residual: string;
		residualNotAssessed: string;
		acceptance: string;
		heatmaps: string;
		heatmapInherent: string;
		heatmapResidual: string;
		heatmapNote: string;
		severityAxis: string;
		likelihoodAxis: string;
	};
	/** The chapter on the model DPIA a local DPIA builds on (issue 20). */
	model: {
		heading: string;
		intro: (system: string, version: number, publisher: string, date: string) => string;
		label: (system: string, version: number, publisher: string) => string;
		example: string;
		answers: (total: number, changed: number) => string;
		changedColumns: [string, string];
		noReason: string;
		risksHeading: string;
		supplierHeading: string;
		schoolHeading: string;
		columns: [string, string];
		decisions: Record<'applies' | 'not_applicable' | 'in_place' | 'will_do', string>;
		undecided: string;
		supplierStatuses: Record<'in_place' | 'agreed' | 'not_agreed', string>;
	};
	measures: { none: string; columns: [string, string, string, string, string, string, string]; statuses: Record<MeasureStatus, string>; descriptions: string };
	workflow: {
		fgHeading: string;
		fgNone: string;
		advisedOn: (date: string) => string;
		decisionHeading: string;
		decisionNone: string;
		decidedOn: (date: string) => string;
		motivation: string;
		acceptance: string;
		deviation: string;
		consultationHeading: string;
		consultationNeeded: string;
		consultationNotNeeded: string;
		consultationColumns: [string, string, string, string];
		pending: string;
		gmrHeading: string;
		gmrNone: string;
		sharedOn: (date: string) => string;
		responses: Record<GmrResponse, string>;
		responsePending: string;
		reviewHeading: string;
		reviewDue: (date: string) => string;
		reviewNone: string;
		reviewRule: string;
	};
	history: {
		versionsHeading: string;
		versionColumns: [string, string, string, string, string];
		firstVersion: string;
		stepsHeading: string;
		stepColumns: [string, string, string, string];
		documentsHeading: string;
		documentColumns: [string, string, string, string];
		actions: Record<string, string>;
		auditHeading: string;
		auditSummary: (entries: number, from: string, to: string) => string;
		auditNone: string;
		entities: Record<string, string>;
		otherEntity: string;
		changes: (n: number) => string;
	};
	verification: {
		heading: string;
		frozen: (date: string, by: string) => string;
		fingerprint: string;
		howTo: string;
		draft: string;
	};
}

import { m } from '$lib/paraglide/messages';
import type { ReportTexts } from './types';

export type ReportLanguage = 'nl' | 'en';

/**
 * The full report's fixed wording in one language, from the same message files as the UI (keys rpt_*), so
 * one check covers both languages. Every message gets its locale: the report's language is not the
 * reader's, and a worker thread renders it with no request around it. The history's steps use the words
 * of the decision page (wf_done_*), so the app and the report say one thing.
 */
export function reportTexts(locale: ReportLanguage): ReportTexts {
	const o = { locale };
	return {
		locale,
		dateLocale: locale === 'en' ? 'en-GB' : 'nl-NL',
		title: m.rpt_title({}, o),
		contents: m.rpt_contents({}, o),
		subtitle: m.rpt_subtitle({}, o),
		watermark: m.rpt_watermark({}, o),
		page: (current, total) => m.rpt_page({ current, total }, o),
		generatedOn: (date) => m.rpt_generated_on({ date }, o),
		signedOffOn: (date) => m.rpt_signed_off_on({ date }, o),
		version: (n) => m.rpt_version({ n }, o),
		yes: m.rpt_yes({}, o),
		no: m.rpt_no({}, o),
		none: m.rpt_none({}, o),
		notAnswered: m.rpt_not_answered({}, o),
		notApplicable: m.rpt_not_applicable({}, o),
		notApplicableBecause: (reason) => m.rpt_not_applicable_because({ reason }, o),
		unknownValue: (id) => m.rpt_unknown_value({ id }, o),
		attachment: m.rpt_attachment({}, o),
		units: {
			day: [m.rpt_units_day_one({}, o), m.rpt_units_day_many({}, o)],
			week: [m.rpt_units_week_one({}, o), m.rpt_units_week_many({}, o)],
			month: [m.rpt_units_month_one({}, o), m.rpt_units_month_many({}, o)],
			year: [m.rpt_units_year_one({}, o), m.rpt_units_year_many({}, o)]
		},
		cover: {
			organisation: m.rpt_cover_organisation({}, o),
			processing: m.rpt_cover_processing({}, o),
			vendor: m.rpt_cover_vendor({}, o),
			schools: m.rpt_cover_schools({}, o),
			version: m.rpt_cover_version({}, o),
			status: m.rpt_cover_status({}, o),
			keyFacts: m.rpt_cover_key_facts({}, o),
			prescanOutcome: m.rpt_cover_prescan_outcome({}, o),
			highestInherent: m.rpt_cover_highest_inherent({}, o),
			highestResidual: m.rpt_cover_highest_residual({}, o),
			fgAdvice: m.rpt_cover_fg_advice({}, o),
			decision: m.rpt_cover_decision({}, o),
			reviewDue: m.rpt_cover_review_due({}, o),
			model: m.rpt_cover_model({}, o),
			draftNotice: m.rpt_cover_draft_notice({}, o),
			frozenNotice: (date, by) => (by ? m.rpt_cover_frozen_notice_by({ date, by }, o) : m.rpt_cover_frozen_notice({ date }, o))
		},
		summary: {
			heading: m.rpt_summary_heading({}, o),
			missing: m.rpt_summary_missing({}, o),
			figures: m.rpt_summary_figures({}, o),
			risksPerLevel: m.rpt_summary_risks_per_level({}, o),
			inherent: m.rpt_summary_inherent({}, o),
			residual: m.rpt_summary_residual({}, o),
			measuresPerStatus: m.rpt_summary_measures_per_status({}, o)
		},
		prescan: {
			heading: m.rpt_prescan_heading({}, o),
			intro: m.rpt_prescan_intro({}, o),
			none: m.rpt_prescan_none({}, o),
			ranOn: (date) => m.rpt_prescan_ran_on({ date }, o),
			outcome: m.rpt_prescan_outcome({}, o),
			rule: m.rpt_prescan_rule({}, o),
			source: m.rpt_prescan_source({}, o),
			effect: m.rpt_prescan_effect({}, o),
			derived: m.rpt_prescan_derived({}, o),
			sources: {
				law: m.rpt_prescan_sources_law({}, o),
				'ap-list': m.rpt_prescan_sources_ap_list({}, o),
				wp248: m.rpt_prescan_sources_wp248({}, o),
				policy: m.rpt_prescan_sources_policy({}, o)
			},
			effects: {
				mandatory: m.rpt_prescan_effects_mandatory({}, o),
				criterion: m.rpt_prescan_effects_criterion({}, o)
			},
			flags: m.rpt_prescan_flags({}, o),
			flagLabels: {
				DTIA_REQUIRED: m.rpt_prescan_flag_labels_dtia_required({}, o),
				KIA_RECOMMENDED: m.rpt_prescan_flag_labels_kia_recommended({}, o),
				IAMA_RECOMMENDED: m.rpt_prescan_flag_labels_iama_recommended({}, o)
			},
			reasoning: m.rpt_prescan_reasoning({}, o),
			fgView: m.rpt_prescan_fg_view({}, o)
		},
		parts: {
			A: m.rpt_parts_a({}, o),
			B: m.rpt_parts_b({}, o),
			C: m.rpt_parts_c({}, o),
			D: m.rpt_parts_d({}, o)
		},
		chapters: {
			governance: m.rpt_chapters_governance({}, o),
			history: m.rpt_chapters_history({}, o)
		},
		answers: {
			item: (n) => m.rpt_answers_item({ n }, o),
			noItems: m.rpt_answers_no_items({}, o),
			dataItems: m.rpt_answers_data_items({}, o),
			dataColumns: [
				m.rpt_answers_data_columns_1({}, o),
				m.rpt_answers_data_columns_2({}, o),
				m.rpt_answers_data_columns_3({}, o),
				m.rpt_answers_data_columns_4({}, o),
				m.rpt_answers_data_columns_5({}, o)
			],
			parties: m.rpt_answers_parties({}, o),
			partyColumns: [
				m.rpt_answers_party_columns_1({}, o),
				m.rpt_answers_party_columns_2({}, o),
				m.rpt_answers_party_columns_3({}, o),
				m.rpt_answers_party_columns_4({}, o)
			]
		},
		risks: {
			none: m.rpt_risks_none({}, o),
			register: m.rpt_risks_register({}, o),
			columns: [
				m.rpt_risks_columns_1({}, o),
				m.rpt_risks_columns_2({}, o),
				m.rpt_risks_columns_3({}, o),
				m.rpt_risks_columns_4({}, o),
				m.rpt_risks_columns_5({}, o),
				m.rpt_risks_columns_6({}, o)
			],
			accepted: m.rpt_risks_accepted({}, o),
			measuresCount: (count) => m.rpt_risks_measures_count({ count }, o),
			details: m.rpt_risks_details({}, o),
			description: m.rpt_risks_description({}, o),
			origin: m.rpt_risks_origin({}, o),
			fearedEvent: m.rpt_risks_feared_event({}, o),
			severity: m.rpt_risks_severity({}, o),
			likelihood: m.rpt_risks_likelihood({}, o),
			override: (level, reason) => m.rpt_risks_override({ level, reason }, o),
			discrimination: m.rpt_risks_discrimination({}, o),
			residual: m.rpt_risks_residual({}, o),
			residualNotAssessed: m.rpt_risks_residual_not_assessed({}, o),
			acceptance: m.rpt_risks_acceptance({}, o),
			heatmaps: m.rpt_risks_heatmaps({}, o),
			heatmapInherent: m.rpt_risks_heatmap_inherent({}, o),
			heatmapResidual: m.rpt_risks_heatmap_residual({}, o),
			heatmapNote: m.rpt_risks_heatmap_note({}, o),
			severityAxis: m.rpt_risks_severity_axis({}, o),
			likelihoodAxis: m.rpt_risks_likelihood_axis({}, o)
		},
		model: {
			heading: m.rpt_model_heading({}, o),
			intro: (system, version, publisher, date) => m.rpt_model_intro({ system, version, publisher, date }, o),
			label: (system, version, publisher) => m.rpt_model_label({ system, version, publisher }, o),
			example: m.rpt_model_example({}, o),
			answers: (total, changed) => m.rpt_model_answers({ total, changed }, o),
			changedColumns: [m.rpt_model_changed_columns_1({}, o), m.rpt_model_changed_columns_2({}, o)],
			noReason: m.rpt_model_no_reason({}, o),
			risksHeading: m.rpt_model_risks_heading({}, o),
			supplierHeading: m.rpt_model_supplier_heading({}, o),
			schoolHeading: m.rpt_model_school_heading({}, o),
			columns: [m.rpt_model_columns_1({}, o), m.rpt_model_columns_2({}, o)],
			decisions: {
				applies: m.rpt_model_decisions_applies({}, o),
				not_applicable: m.rpt_model_decisions_not_applicable({}, o),
				in_place: m.rpt_model_decisions_in_place({}, o),
				will_do: m.rpt_model_decisions_will_do({}, o)
			},
			undecided: m.rpt_model_undecided({}, o),
			supplierStatuses: {
				in_place: m.rpt_model_supplier_statuses_in_place({}, o),
				agreed: m.rpt_model_supplier_statuses_agreed({}, o),
				not_agreed: m.rpt_model_supplier_statuses_not_agreed({}, o)
			}
		},
		measures: {
			none: m.rpt_measures_none({}, o),
			columns: [
				m.rpt_measures_columns_1({}, o),
				m.rpt_measures_columns_2({}, o),
				m.rpt_measures_columns_3({}, o),
				m.rpt_measures_columns_4({}, o),
				m.rpt_measures_columns_5({}, o),
				m.rpt_measures_columns_6({}, o),
				m.rpt_measures_columns_7({}, o)
			],
			statuses: {
				planned: m.rpt_measures_statuses_planned({}, o),
				in_progress: m.rpt_measures_statuses_in_progress({}, o),
				done: m.rpt_measures_statuses_done({}, o)
			},
			descriptions: m.rpt_measures_descriptions({}, o)
		},
		workflow: {
			fgHeading: m.rpt_workflow_fg_heading({}, o),
			fgNone: m.rpt_workflow_fg_none({}, o),
			advisedOn: (date) => m.rpt_workflow_advised_on({ date }, o),
			decisionHeading: m.rpt_workflow_decision_heading({}, o),
			decisionNone: m.rpt_workflow_decision_none({}, o),
			decidedOn: (date) => m.rpt_workflow_decided_on({ date }, o),
			motivation: m.rpt_workflow_motivation({}, o),
			acceptance: m.rpt_workflow_acceptance({}, o),
			deviation: m.rpt_workflow_deviation({}, o),
			consultationHeading: m.rpt_workflow_consultation_heading({}, o),
			consultationNeeded: m.rpt_workflow_consultation_needed({}, o),
			consultationNotNeeded: m.rpt_workflow_consultation_not_needed({}, o),
			consultationColumns: [
				m.rpt_workflow_consultation_columns_1({}, o),
				m.rpt_workflow_consultation_columns_2({}, o),
				m.rpt_workflow_consultation_columns_3({}, o),
				m.rpt_workflow_consultation_columns_4({}, o)
			],
			pending: m.rpt_workflow_pending({}, o),
			gmrHeading: m.rpt_workflow_gmr_heading({}, o),
			gmrNone: m.rpt_workflow_gmr_none({}, o),
			sharedOn: (date) => m.rpt_workflow_shared_on({ date }, o),
			responses: {
				views: m.rpt_workflow_responses_views({}, o),
				consent: m.rpt_workflow_responses_consent({}, o),
				consent_refused: m.rpt_workflow_responses_consent_refused({}, o),
				no_response: m.rpt_workflow_responses_no_response({}, o)
			},
			responsePending: m.rpt_workflow_response_pending({}, o),
			reviewHeading: m.rpt_workflow_review_heading({}, o),
			reviewDue: (date) => m.rpt_workflow_review_due({ date }, o),
			reviewNone: m.rpt_workflow_review_none({}, o),
			reviewRule: m.rpt_workflow_review_rule({}, o)
		},
		history: {
			actions: {
				submit: m.wf_done_submit({}, o),
				request_changes: m.wf_done_request_changes({}, o),
				advise: m.wf_done_advise({}, o),
				decide: m.wf_done_decide({}, o),
				log_consultation: m.wf_done_log_consultation({}, o),
				share_gmr: m.wf_done_share_gmr({}, o),
				sign_off: m.wf_done_sign_off({}, o),
				new_version: m.wf_done_new_version({}, o),
				archive: m.wf_done_archive({}, o)
			},
			versionsHeading: m.rpt_history_versions_heading({}, o),
			versionColumns: [
				m.rpt_history_version_columns_1({}, o),
				m.rpt_history_version_columns_2({}, o),
				m.rpt_history_version_columns_3({}, o),
				m.rpt_history_version_columns_4({}, o),
				m.rpt_history_version_columns_5({}, o)
			],
			firstVersion: m.rpt_history_first_version({}, o),
			stepsHeading: m.rpt_history_steps_heading({}, o),
			stepColumns: [
				m.rpt_history_step_columns_1({}, o),
				m.rpt_history_step_columns_2({}, o),
				m.rpt_history_step_columns_3({}, o),
				m.rpt_history_step_columns_4({}, o)
			],
			documentsHeading: m.rpt_history_documents_heading({}, o),
			documentColumns: [
				m.rpt_history_document_columns_1({}, o),
				m.rpt_history_document_columns_2({}, o),
				m.rpt_history_document_columns_3({}, o),
				m.rpt_history_document_columns_4({}, o)
			],
			auditHeading: m.rpt_history_audit_heading({}, o),
			auditSummary: (entries, from, to) => m.rpt_history_audit_summary({ entries, from, to }, o),
			auditNone: m.rpt_history_audit_none({}, o),
			entities: {
				assessment: m.rpt_history_entities_assessment({}, o),
				answer: m.rpt_history_entities_answer({}, o),
				risk: m.rpt_history_entities_risk({}, o),
				measure: m.rpt_history_entities_measure({}, o),
				processing: m.rpt_history_entities_processing({}, o),
				prescan: m.rpt_history_entities_prescan({}, o),
				prescan_reasoning: m.rpt_history_entities_prescan_reasoning({}, o),
				prescan_fg_view: m.rpt_history_entities_prescan_fg_view({}, o),
				gmr_share: m.rpt_history_entities_gmr_share({}, o),
				comment: m.rpt_history_entities_comment({}, o)
			},
			otherEntity: m.rpt_history_other_entity({}, o),
			changes: (count) => m.rpt_history_changes({ count }, o)
		},
		verification: {
			heading: m.rpt_verification_heading({}, o),
			frozen: (date, by) => (by ? m.rpt_verification_frozen_by({ date, by }, o) : m.rpt_verification_frozen({ date }, o)),
			fingerprint: m.rpt_verification_fingerprint({}, o),
			howTo: m.rpt_verification_how_to({}, o),
			draft: m.rpt_verification_draft({}, o)
		}
	};
}

import { m } from '$lib/paraglide/messages';
import type { GmrTexts } from './gmr-types';
import type { ReportLanguage } from './report';

/** The (G)MR report's fixed wording in one language, from the message files (keys rpt_gmr_*). */
export function gmrTexts(locale: ReportLanguage): GmrTexts {
	const o = { locale };
	return {
		title: m.rpt_gmr_title({}, o),
		subtitle: (processing) => m.rpt_gmr_subtitle({ processing }, o),
		forCouncil: m.rpt_gmr_for_council({}, o),
		intro: m.rpt_gmr_intro({}, o),
		glossaryTitle: m.rpt_gmr_glossary_title({}, o),
		glossary: [
			[m.rpt_gmr_glossary_1_term({}, o), m.rpt_gmr_glossary_1_meaning({}, o)],
			[m.rpt_gmr_glossary_2_term({}, o), m.rpt_gmr_glossary_2_meaning({}, o)],
			[m.rpt_gmr_glossary_3_term({}, o), m.rpt_gmr_glossary_3_meaning({}, o)],
			[m.rpt_gmr_glossary_4_term({}, o), m.rpt_gmr_glossary_4_meaning({}, o)],
			[m.rpt_gmr_glossary_5_term({}, o), m.rpt_gmr_glossary_5_meaning({}, o)],
			[m.rpt_gmr_glossary_6_term({}, o), m.rpt_gmr_glossary_6_meaning({}, o)],
			[m.rpt_gmr_glossary_7_term({}, o), m.rpt_gmr_glossary_7_meaning({}, o)]
		],
		sections: [
			m.rpt_gmr_sections_1({}, o),
			m.rpt_gmr_sections_2({}, o),
			m.rpt_gmr_sections_3({}, o),
			m.rpt_gmr_sections_4({}, o),
			m.rpt_gmr_sections_5({}, o),
			m.rpt_gmr_sections_6({}, o),
			m.rpt_gmr_sections_7({}, o),
			m.rpt_gmr_sections_8({}, o),
			m.rpt_gmr_sections_9({}, o),
			m.rpt_gmr_sections_10({}, o),
			m.rpt_gmr_sections_11({}, o),
			m.rpt_gmr_sections_12({}, o)
		],
		why: {
			outcomes: {
				mandatory: m.rpt_gmr_why_outcomes_mandatory({}, o),
				recommended: m.rpt_gmr_why_outcomes_recommended({}, o),
				not_required: m.rpt_gmr_why_outcomes_not_required({}, o)
			},
			noPrescan: m.rpt_gmr_why_no_prescan({}, o),
			reasonsIntro: m.rpt_gmr_why_reasons_intro({}, o),
			criteria: (list) => m.rpt_gmr_why_criteria({ list }, o),
			extraChecks: {
				DTIA_REQUIRED: m.rpt_gmr_why_extra_checks_dtia_required({}, o),
				KIA_RECOMMENDED: m.rpt_gmr_why_extra_checks_kia_recommended({}, o),
				IAMA_RECOMMENDED: m.rpt_gmr_why_extra_checks_iama_recommended({}, o)
			}
		},
		what: {
			uses: (tool, vendor) => m.rpt_gmr_what_uses({ tool, vendor }, o),
			usesNoVendor: (tool) => m.rpt_gmr_what_uses_no_vendor({ tool }, o),
			reason: m.rpt_gmr_what_reason({}, o),
			purposes: m.rpt_gmr_what_purposes({}, o),
			people: m.rpt_gmr_what_people({}, o),
			schools: m.rpt_gmr_what_schools({}, o),
			model: m.rpt_gmr_what_model({}, o),
			basedOn: (system, version, publisher) => m.rpt_gmr_what_based_on({ system, version, publisher }, o),
			taken: (risks, notHere, measures, changed) =>
				[
					m.rpt_gmr_what_taken_counts({ risks, measures }, o),
					notHere === 0 ? m.rpt_gmr_what_all_apply({}, o) : m.rpt_gmr_what_not_here({ count: notHere }, o),
					changed === 0 ? m.rpt_gmr_what_unchanged({}, o) : m.rpt_gmr_what_changed({ count: changed }, o)
				].join(' ')
		},
		data: {
			columns: [m.rpt_gmr_data_columns_1({}, o), m.rpt_gmr_data_columns_2({}, o), m.rpt_gmr_data_columns_3({}, o)],
			classes: {
				gewoon: m.rpt_gmr_data_classes_gewoon({}, o),
				gevoelig: m.rpt_gmr_data_classes_gevoelig({}, o),
				bijzonder: m.rpt_gmr_data_classes_bijzonder({}, o),
				strafrechtelijk: m.rpt_gmr_data_classes_strafrechtelijk({}, o),
				identificatienummer: m.rpt_gmr_data_classes_identificatienummer({}, o)
			},
			sensitiveNote: m.rpt_gmr_data_sensitive_note({}, o),
			none: m.rpt_gmr_data_none({}, o)
		},
		access: {
			parties: m.rpt_gmr_access_parties({}, o),
			roles: {
				controller: m.rpt_gmr_access_roles_controller({}, o),
				joint_controller: m.rpt_gmr_access_roles_joint_controller({}, o),
				processor: m.rpt_gmr_access_roles_processor({}, o),
				sub_processor: m.rpt_gmr_access_roles_sub_processor({}, o),
				third_party: m.rpt_gmr_access_roles_third_party({}, o),
				provider: m.rpt_gmr_access_roles_provider({}, o),
				recipient: m.rpt_gmr_access_roles_recipient({}, o)
			},
			location: m.rpt_gmr_access_location({}, o),
			transfer: (mechanism) => m.rpt_gmr_access_transfer({ mechanism }, o),
			foreignLaw: m.rpt_gmr_access_foreign_law({}, o),
			noForeignLaw: m.rpt_gmr_access_no_foreign_law({}, o),
			none: m.rpt_gmr_access_none({}, o)
		},
		retention: {
			period: (period) => m.rpt_gmr_retention_period({ period }, o),
			deletion: m.rpt_gmr_retention_deletion({}, o),
			unknown: m.rpt_gmr_retention_unknown({}, o)
		},
		basis: {
			chosen: (basis) => m.rpt_gmr_basis_chosen({ basis }, o),
			explanations: {
				a_consent: m.rpt_gmr_basis_explanations_a_consent({}, o),
				b_contract: m.rpt_gmr_basis_explanations_b_contract({}, o),
				c_legal_obligation: m.rpt_gmr_basis_explanations_c_legal_obligation({}, o),
				d_vital_interest: m.rpt_gmr_basis_explanations_d_vital_interest({}, o),
				e_public_task: m.rpt_gmr_basis_explanations_e_public_task({}, o),
				f_legitimate_interest: m.rpt_gmr_basis_explanations_f_legitimate_interest({}, o)
			},
			parentsConsent: m.rpt_gmr_basis_parents_consent({}, o),
			unknown: m.rpt_gmr_basis_unknown({}, o)
		},
		risks: {
			intro: m.rpt_gmr_risks_intro({}, o),
			columns: [m.rpt_gmr_risks_columns_1({}, o), m.rpt_gmr_risks_columns_2({}, o), m.rpt_gmr_risks_columns_3({}, o)],
			none: m.rpt_gmr_risks_none({}, o),
			more: (count) => m.rpt_gmr_risks_more({ count }, o)
		},
		measures: {
			intro: m.rpt_gmr_measures_intro({}, o),
			columns: [
				m.rpt_gmr_measures_columns_1({}, o),
				m.rpt_gmr_measures_columns_2({}, o),
				m.rpt_gmr_measures_columns_3({}, o),
				m.rpt_gmr_measures_columns_4({}, o)
			],
			none: m.rpt_gmr_measures_none({}, o)
		},
		advice: {
			verdict: (verdict, date) => m.rpt_gmr_advice_verdict({ verdict, date }, o),
			none: m.rpt_gmr_advice_none({}, o),
			followed: m.rpt_gmr_advice_followed({}, o),
			deviated: m.rpt_gmr_advice_deviated({}, o)
		},
		decision: {
			decided: (decision, date) => m.rpt_gmr_decision_decided({ decision, date }, o),
			none: m.rpt_gmr_decision_none({}, o),
			residual: (level) => m.rpt_gmr_decision_residual({ level }, o),
			apAsked: m.rpt_gmr_decision_ap_asked({}, o),
			apNotAsked: m.rpt_gmr_decision_ap_not_asked({}, o),
			apNotNeeded: m.rpt_gmr_decision_ap_not_needed({}, o)
		},
		rights: {
			text: [m.rpt_gmr_rights_text_1({}, o), m.rpt_gmr_rights_text_2({}, o), m.rpt_gmr_rights_text_3({}, o), m.rpt_gmr_rights_text_4({}, o)],
			channel: m.rpt_gmr_rights_channel({}, o),
			contact: m.rpt_gmr_rights_contact({}, o),
			complaint: m.rpt_gmr_rights_complaint({}, o)
		},
		ask: {
			intro: m.rpt_gmr_ask_intro({}, o),
			items: [m.rpt_gmr_ask_items_1({}, o), m.rpt_gmr_ask_items_2({}, o), m.rpt_gmr_ask_items_3({}, o)],
			review: (date) => m.rpt_gmr_ask_review({ date }, o),
			reviewOpen: m.rpt_gmr_ask_review_open({}, o)
		},
		verification: {
			heading: m.rpt_gmr_verification_heading({}, o),
			frozen: (date, by) => (by ? m.rpt_gmr_verification_frozen_by({ date, by }, o) : m.rpt_gmr_verification_frozen({ date }, o)),
			fingerprint: m.rpt_gmr_verification_fingerprint({}, o),
			howTo: m.rpt_gmr_verification_how_to({}, o),
			draft: m.rpt_gmr_verification_draft({}, o)
		}
	};
}

import type { Trigger } from './types';

/** Art. 35(3) AVG: the three processing types the law itself names (spec §3.1). */
export const LEGAL_TRIGGERS = [
	{
		id: 'L-A',
		source: 'law',
		label: { nl: 'Profilering met rechtsgevolgen', en: 'Profiling with significant effects' },
		explanation: {
			nl: 'Een systeem beoordeelt mensen stelselmatig en uitvoerig, en op basis daarvan worden besluiten genomen die hen merkbaar raken.',
			en: 'A system evaluates people systematically and extensively, and decisions that noticeably affect them are based on it.'
		},
		citation: { nl: 'AVG art. 35 lid 3 sub a', en: 'GDPR Art. 35(3)(a)' }
	},
	{
		id: 'L-B',
		source: 'law',
		label: { nl: 'Grootschalig bijzondere of strafrechtelijke gegevens', en: 'Large-scale special or criminal data' },
		explanation: {
			nl: 'Gegevens over bijvoorbeeld gezondheid, geloof of strafbare feiten worden op grote schaal verwerkt.',
			en: 'Data on, for example, health, religion or offences is processed on a large scale.'
		},
		citation: { nl: 'AVG art. 35 lid 3 sub b', en: 'GDPR Art. 35(3)(b)' }
	},
	{
		id: 'L-C',
		source: 'law',
		label: { nl: 'Stelselmatige monitoring van openbare ruimte', en: 'Systematic monitoring of public areas' },
		explanation: {
			nl: 'Een voor iedereen toegankelijke ruimte wordt op grote schaal en stelselmatig in de gaten gehouden.',
			en: 'A publicly accessible area is monitored systematically and on a large scale.'
		},
		citation: { nl: 'AVG art. 35 lid 3 sub c', en: 'GDPR Art. 35(3)(c)' }
	}
] as const satisfies readonly Trigger[];

/**
 * The board's own rules (seed 003 §3.5). S-1..S-4 are the default policy of a new organisation and can be
 * switched off by its admin (spec §9); S-5 schedules re-assessment and never decides a pre-scan.
 */
export const POLICY_TRIGGERS = [
	{
		id: 'S-1',
		source: 'policy',
		label: { nl: 'Profilering of uitvoerige evaluatie', en: 'Profiling or extensive evaluation' },
		explanation: {
			nl: 'Het bestuur doet altijd een DPIA als persoonlijke kenmerken van leerlingen of medewerkers stelselmatig worden beoordeeld.',
			en: 'The board always runs a DPIA when personal aspects of pupils or staff are evaluated systematically.'
		},
		citation: { nl: 'Privacybeleid bestuur, DPIA-regel S-1', en: 'Board privacy policy, DPIA rule S-1' }
	},
	{
		id: 'S-2',
		source: 'policy',
		label: { nl: 'Grootschalige bijzondere persoonsgegevens', en: 'Large-scale special category data' },
		explanation: {
			nl: 'Het bestuur doet altijd een DPIA als bijzondere persoonsgegevens op grote schaal worden verwerkt.',
			en: 'The board always runs a DPIA when special category data is processed on a large scale.'
		},
		citation: { nl: 'Privacybeleid bestuur, DPIA-regel S-2', en: 'Board privacy policy, DPIA rule S-2' }
	},
	{
		id: 'S-3',
		source: 'policy',
		label: { nl: 'Volgen in openbare ruimte (cameratoezicht)', en: 'Tracking in public areas (cameras)' },
		explanation: {
			nl: 'Het bestuur doet altijd een DPIA als mensen stelselmatig worden gevolgd in een openbare ruimte, bijvoorbeeld met camera\u2019s.',
			en: 'The board always runs a DPIA when people are tracked systematically in a public area, for example by cameras.'
		},
		citation: { nl: 'Privacybeleid bestuur, DPIA-regel S-3', en: 'Board privacy policy, DPIA rule S-3' }
	},
	{
		id: 'S-4',
		source: 'policy',
		label: { nl: 'AI-toepassing, monitoringtool of nieuwe analytics', en: 'AI tool, monitoring tool or new analytics' },
		explanation: {
			nl: 'Het bestuur doet altijd een DPIA bij AI, monitoring of nieuwe analyses; dat is strenger dan de wet.',
			en: 'The board always runs a DPIA for AI, monitoring or new analytics; this is stricter than the law.'
		},
		citation: { nl: 'Privacybeleid bestuur, DPIA-regel S-4', en: 'Board privacy policy, DPIA rule S-4' }
	},
	{
		id: 'S-5',
		source: 'policy',
		label: { nl: 'Periodieke herbeoordeling', en: 'Periodic re-assessment' },
		explanation: {
			nl: 'Elke DPIA wordt ten minste elke drie jaar opnieuw bekeken, en eerder bij een belangrijke wijziging.',
			en: 'Every DPIA is looked at again at least every three years, and sooner after a significant change.'
		},
		citation: { nl: 'Privacybeleid bestuur, DPIA-regel S-5', en: 'Board privacy policy, DPIA rule S-5' }
	}
] as const satisfies readonly Trigger[];

export type LegalTriggerId = (typeof LEGAL_TRIGGERS)[number]['id'];
export type PolicyTriggerId = (typeof POLICY_TRIGGERS)[number]['id'];
/** The policy rules an organisation may switch off; S-5 is not one of them. */
export const SWITCHABLE_POLICY = ['S-1', 'S-2', 'S-3', 'S-4'] as const;
export type SwitchablePolicyId = (typeof SWITCHABLE_POLICY)[number];

import { z } from 'zod';
import { SUBJECTS, TRANSFER_MECHANISMS, type SubjectId, type TransferMechanismId } from '../catalogue/options';
import type { SwitchablePolicyId } from '../triggers';
import { COMBINED_EFFECTS, QUESTIONS, type QuestionEffect } from './questions';
import type { PrescanInput } from './types';

/** What a person answered on the pre-scan screens; kept with the run so a re-run starts from it. */
export interface PrescanAnswers {
	subjects: SubjectId[];
	/** Ids of the questions answered "yes". */
	yes: string[];
	serviceMainlyForMinors: boolean;
	outsideEea: 'yes' | 'no' | 'unknown';
	mechanism?: TransferMechanismId;
}

export const EMPTY_ANSWERS: PrescanAnswers = { subjects: [], yes: [], serviceMainlyForMinors: false, outsideEea: 'no' };

const QUESTION_IDS = QUESTIONS.map((q) => q.id) as [string, ...string[]];

export const prescanAnswersSchema = z.object({
	subjects: z.array(z.enum(SUBJECTS.map((s) => s.id) as [SubjectId, ...SubjectId[]])).default([]),
	yes: z.array(z.enum(QUESTION_IDS)).default([]),
	serviceMainlyForMinors: z.boolean().default(false),
	outsideEea: z.enum(['yes', 'no', 'unknown']).default('no'),
	mechanism: z.enum(TRANSFER_MECHANISMS.map((m) => m.id) as [TransferMechanismId, ...TransferMechanismId[]]).optional()
});

/**
 * Turns the answers into the §10 input. "Don't know" about a transfer counts as outside the EEA with an
 * unknown mechanism: the safe side, so the DTIA flag asks someone to find out.
 */
export function inputFromAnswers(answers: PrescanAnswers, organisationPolicy?: Record<SwitchablePolicyId, boolean>): PrescanInput {
	const input: PrescanInput = {
		subjects: [...answers.subjects],
		legal: [],
		policy: [],
		apList: [],
		criteria: [],
		serviceMainlyForMinors: answers.serviceMainlyForMinors,
		highRiskAi: false,
		transfer:
			answers.outsideEea === 'no'
				? { outsideEea: false }
				: { outsideEea: true, ...(answers.outsideEea === 'yes' && answers.mechanism ? { mechanism: answers.mechanism } : {}) },
		...(organisationPolicy ? { organisationPolicy } : {})
	};
	const apply = (effect: QuestionEffect) => {
		input.legal.push(...(effect.legal ?? []));
		input.policy.push(...(effect.policy ?? []));
		input.apList.push(...(effect.apList ?? []));
		input.criteria.push(...(effect.criteria ?? []));
		if (effect.highRiskAi) input.highRiskAi = true;
	};
	for (const question of QUESTIONS) if (answers.yes.includes(question.id)) apply(question.effect);
	for (const combined of COMBINED_EFFECTS) if (combined.all.every((id) => answers.yes.includes(id))) apply(combined.effect);
	return input;
}

import { asc, eq } from 'drizzle-orm';
import { highestLevel, requiresPriorConsultation, residualLevel, risksWithoutTreatment } from '$lib/domain/risk/scoring';
import { transition, type Facts as DomainFacts, type RefusalCode } from '$lib/domain/workflow/transition';
import type { Role } from '$lib/domain/roles';
import type { Action } from '$lib/domain/workflow/actions';
import type { State } from '$lib/domain/workflow/states';
import type { Db, Tx } from '../db';
import { sectionAnswers } from '../db/schema';
import * as riskRepo from '../repo/risks';
import * as workflowRepo from '../repo/workflow';
import { openInventoryCount } from './model-inventory';
import { missingRequiredQuestions } from './questionnaire-progress';

/** Why a step was refused, with what the page needs to explain it (missing questions, untreated risks). */
export interface Refusal {
	code: RefusalCode;
	/** The form field the refusal is about, to show the message inline. */
	field?: string;
	missing?: DomainFacts['missingRequired'];
	risks?: { id: string; title: string }[];
}

export type Facts = DomainFacts & { highestResidualLevel: string | null };

/** Everything the workflow guards look at, read from the version, plus what the submitted step adds. */
export async function gatherFacts(
	db: Db | Tx,
	versionId: string,
	input: { decision?: { decision: string; deviationMotivation: string }; consultation?: { answeredOn: string | null } } = {}
): Promise<Facts> {
	const answers = await db.select().from(sectionAnswers).where(eq(sectionAnswers.versionId, versionId)).orderBy(asc(sectionAnswers.sectionId));
	const risks = await riskRepo.list(db, versionId);
	const links = await riskRepo.linksOf(db, risks.map((r) => r.id));
	const advice = await workflowRepo.latestAdvice(db, versionId);
	const consultations = await workflowRepo.consultations(db, versionId);
	return {
		missingRequired: await missingRequiredQuestions(Object.fromEntries(answers.map((a) => [a.sectionId, a.answers]))),
		untreatedRisks: risksWithoutTreatment(risks, links).map((r) => ({ id: r.id, title: r.title })),
		fgAdvice: advice?.verdict ?? null,
		decision: input.decision?.decision ?? null,
		deviationMotivation: input.decision?.deviationMotivation ?? '',
		priorConsultationRequired: requiresPriorConsultation(risks),
		// the AP answered (Art. 36(2)): logged with an answer date, now or earlier
		priorConsultationLogged: consultations.some((c) => c.answeredOn !== null) || Boolean(input.consultation?.answeredOn),
		highestResidualLevel: highestLevel(risks.map(residualLevel)),
		modelInventoryOpen: await openInventoryCount(db, versionId)
	};
}

export function judge(state: string, action: Action, role: Role, facts: Facts): { ok: true; to: State } | { ok: false; refusal: Refusal } {
	const result = transition(state, action, { ...facts, role });
	if (result.ok) return { ok: true, to: result.to };
	const code = result.reason.code;
	return {
		ok: false,
		refusal: {
			code,
			field: code === 'deviation_motivation_required' ? 'deviationMotivation' : undefined,
			missing: code === 'missing_required' ? facts.missingRequired : undefined,
			risks: code === 'untreated_risks' ? facts.untreatedRisks : undefined
		}
	};
}

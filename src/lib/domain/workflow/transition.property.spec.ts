import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../risk/matrix';
import { requiresPriorConsultation, type ScoredRisk } from '../risk/scoring';
import { ROLES } from '../roles';
import { ACTIONS } from './actions';
import { BOARD_DECISIONS, FG_VERDICTS } from './decisions';
import { STATES, type State } from './states';
import { transition, type Facts } from './transition';

const scale = fc.integer({ min: 1, max: 4 });
const risk: fc.Arbitrary<ScoredRisk> = fc.record({
	id: fc.uuid(),
	severity: scale,
	likelihood: scale,
	levelOverride: fc.option(fc.constantFrom(...LEVEL_IDS), { nil: null }),
	residualSeverity: fc.option(scale, { nil: null }),
	residualLikelihood: fc.option(scale, { nil: null }),
	accepted: fc.boolean()
});

/** One attempted step: who, what, the form input, whether the AP's answer comes with it, and risk edits. */
const step = fc.record({
	action: fc.constantFrom(...ACTIONS),
	role: fc.constantFrom(...ROLES),
	decision: fc.option(fc.constantFrom(...BOARD_DECISIONS), { nil: null }),
	fgAdvice: fc.option(fc.constantFrom(...FG_VERDICTS), { nil: null }),
	deviationMotivation: fc.constantFrom('', 'Reden'),
	apAnswerReceived: fc.boolean(),
	risks: fc.option(fc.array(risk, { maxLength: 4 }), { nil: undefined })
});

describe('workflow property: Art. 36 before in force', () => {
	// Plays steps from any start state the way the server does: the consultation counts as logged only once
	// a log_consultation step carried the AP's answer, and the risks may change between steps.
	it('never reaches in_force while a residual risk is high or very high and no AP consultation is logged', () => {
		fc.assert(
			fc.property(fc.constantFrom(...STATES), fc.array(risk, { maxLength: 4 }), fc.array(step, { maxLength: 30 }), (start, initialRisks, steps) => {
				let state: string = start;
				let risks = initialRisks;
				let logged = false;
				for (const s of steps) {
					if (s.risks) risks = s.risks;
					const carriesAnswer = s.action === 'log_consultation' && s.apAnswerReceived;
					const facts: Facts = {
						missingRequired: [],
						untreatedRisks: [],
						fgAdvice: s.fgAdvice,
						decision: s.decision,
						deviationMotivation: s.deviationMotivation,
						priorConsultationRequired: requiresPriorConsultation(risks),
						priorConsultationLogged: logged || carriesAnswer
					};
					const result = transition(state, s.action, { ...facts, role: s.role });
					if (!result.ok) continue;
					if (carriesAnswer) logged = true;
					if (result.to === 'in_force') expect(!requiresPriorConsultation(risks) || logged).toBe(true);
					state = result.to;
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps a DPIA with a high residual risk and no AP answer out of in_force, whatever is tried', () => {
		const highRisk: ScoredRisk = { id: 'r', severity: 4, likelihood: 4, levelOverride: null, residualSeverity: 3, residualLikelihood: 3, accepted: true };
		fc.assert(
			fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
				let state: string = 'concept';
				for (const s of steps) {
					const facts: Facts = {
						missingRequired: [],
						untreatedRisks: [],
						fgAdvice: s.fgAdvice,
						decision: s.decision,
						deviationMotivation: s.deviationMotivation,
						priorConsultationRequired: requiresPriorConsultation([highRisk]),
						priorConsultationLogged: false
					};
					const result = transition(state, s.action, { ...facts, role: s.role });
					if (result.ok) state = result.to;
					expect(state).not.toBe('in_force');
					expect(state).not.toBe('board_decision');
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

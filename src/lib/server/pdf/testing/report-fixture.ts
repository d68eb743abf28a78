import { RISK_CATALOGUE } from '$lib/domain/risk';
import { MEASURE_STATUSES } from '$lib/domain/risk/measure-status';
import type { Role } from '$lib/domain/roles';
import type { Db } from '../../db';
import { sectionAnswers } from '../../db/schema';
import * as workflowRepo from '../../repo/workflow';
import { createMeasure } from '../../services/measures';
import { savePrescan } from '../../services/register';
import { createRisk } from '../../services/risks';
import { perform, type Action, type ActionInput } from '../../services/workflow';
import { lifecycleFixture } from '../../testing/lifecycle-fixture';
import { longMeasureInput, longRiskInput } from './long-inputs';
import { REPORT_ANSWERS } from './report-answers';

export interface ReportFixtureOptions {
	slug?: string;
	risks?: number;
	/** Measures are spread over the risks in turn; every risk gets at least one while there are enough. */
	measures?: number;
	/** Versions signed off in a row; the last one is signed off too unless `draftLast`. */
	versions?: number;
	draftLast?: boolean;
	/** Stop before sign-off; with `shared` the last version is shared with the (G)MR first. */
	shared?: boolean;
	/** Every text of the risks and measures at the forms' maximum length, and every measure linked to every risk. */
	long?: boolean;
}

type Fixture = Awaited<ReturnType<typeof lifecycleFixture>>;

const DATES = { advised: '2026-11-10', decided: '2026-11-18', shared: '2026-11-20' };

/**
 * A DPIA as far as a test or the benchmark needs it: pre-scan, every section answered, risks from the
 * catalogue scored, measures linked, FG advice, board decision, (G)MR share and sign-off, all through the
 * services the app uses. Answers are written straight to the table: no answers service exists yet.
 */
export async function reportFixture(db: Db, options: ReportFixtureOptions = {}) {
	const fx = await lifecycleFixture(db, options.slug ?? 'stichting-rapport');
	const scopeOf = (role: Role) => ({ organisationId: fx.organisation.id, actor: { userId: fx.people[role].id, label: fx.people[role].name }, role });
	const act = (role: Role, action: Action, input: ActionInput = {}) => perform(db, scopeOf(role), fx.assessment.id, action, input);
	await savePrescan(
		db,
		scopeOf('editor'),
		fx.processing.id,
		{ subjects: ['leerling_lt16', 'ouder', 'medewerker'], yes: ['profiling', 'ai', 'large_scale'], serviceMainlyForMinors: true, outsideEea: 'no' },
		fx.organisation.policy
	);
	const versions = options.versions ?? 1;
	for (let n = 1; n <= versions; n++) {
		const { version } = (await workflowRepo.currentOf(db, fx.organisation.id, fx.assessment.id))!;
		if (n === 1) await writeAnswers(db, version.id);
		if (n === 1) await addRisksAndMeasures(db, fx, scopeOf('editor'), options.risks ?? 3, options.measures ?? 4, options.long ?? false);
		const last = n === versions;
		if (last && options.draftLast) break;
		await act('editor', 'submit');
		await act('fg', 'advise', { advice: { verdict: 'positive_with_conditions', text: 'Positief, mits ouders vooraf worden geïnformeerd.', advisedOn: DATES.advised } });
		await act('bestuur', 'decide', {
			decision: {
				decision: 'proceed_with_conditions',
				motivation: 'Het programma is nodig voor rekenonderwijs op niveau.',
				residualRiskAcceptance: 'Het bestuur aanvaardt het restrisico van etikettering, omdat een leerkracht elke aanpassing controleert.',
				deviationMotivation: '',
				decidedOn: DATES.decided
			}
		});
		if (last && options.shared === false) break;
		await act('editor', 'share_gmr', { share: { sharedOn: DATES.shared } });
		if (last && options.shared) break;
		await act('bestuur', 'sign_off');
		if (!last) await act('editor', 'new_version', { newVersion: { reason: 'vendor', text: 'Nieuwe subverwerker voor de hosting' } });
	}
	return { ...fx, scopeOf, act };
}

async function writeAnswers(db: Db, versionId: string) {
	for (const [sectionId, answers] of Object.entries(REPORT_ANSWERS)) {
		await db.insert(sectionAnswers).values({ versionId, sectionId, answers }).onConflictDoUpdate({ target: [sectionAnswers.versionId, sectionAnswers.sectionId], set: { answers } });
	}
}

async function addRisksAndMeasures(db: Db, fx: Fixture, scope: { organisationId: string; actor: { userId: string; label: string } }, riskCount: number, measureCount: number, long: boolean) {
	const risks = [];
	if (long) {
		for (let i = 0; i < riskCount; i++) risks.push(await createRisk(db, scope, fx.assessment.id, longRiskInput(i, RISK_CATALOGUE[i % RISK_CATALOGUE.length]!)));
		const type = RISK_CATALOGUE[0]!.mitigations[0]!.type;
		for (let i = 0; i < measureCount; i++) await createMeasure(db, scope, fx.assessment.id, longMeasureInput(i, type, risks.map((r) => r.id)));
		return;
	}
	for (let i = 0; i < riskCount; i++) {
		const entry = RISK_CATALOGUE[i % RISK_CATALOGUE.length]!;
		const severity = 4 - (i % 3);
		const likelihood = 2 + (i % 3);
		risks.push(
			await createRisk(db, scope, fx.assessment.id, {
				title: entry.label.nl,
				description: `${entry.typicalTrigger.nl}: dit kan leerlingen en ouders raken.`,
				origin: i % 2 ? 'De leverancier' : 'Een medewerker van de school',
				fearedEvent: entry.fearedEvent,
				severity,
				severityMotivation: 'Gevolgen zijn lastig te herstellen.',
				likelihood,
				likelihoodMotivation: 'Komt in de sector vaker voor.',
				levelOverride: null,
				overrideReason: '',
				discrimination: entry.id === 'R03' || entry.id === 'R05',
				residualSeverity: Math.max(1, severity - 1),
				residualLikelihood: Math.max(1, likelihood - 1 - (i % 2)),
				accepted: false,
				acceptanceReason: ''
			})
		);
	}
	for (let i = 0; i < measureCount && risks.length; i++) {
		const risk = risks[i % risks.length]!;
		const entry = RISK_CATALOGUE.find((r) => r.label.nl === risk.title) ?? RISK_CATALOGUE[0]!;
		const mitigation = entry.mitigations[Math.floor(i / risks.length) % entry.mitigations.length]!;
		await createMeasure(db, scope, fx.assessment.id, {
			title: mitigation.label.nl,
			description: i % 3 === 0 ? 'Vastgelegd in het beleid en jaarlijks gecontroleerd door de IBP-coördinator.' : '',
			type: mitigation.type,
			owner: i % 2 ? 'ICT-coördinator' : 'Directeur',
			dueOn: `2027-0${1 + (i % 9)}-15`,
			status: MEASURE_STATUSES[i % MEASURE_STATUSES.length]!,
			riskIds: [risk.id]
		});
	}
}

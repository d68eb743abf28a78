import { z } from 'zod';
import { RISK_CATALOGUE } from '$lib/domain/risk/catalogue';
import { questionById } from '$lib/domain/questionnaire/api';
import { checkSectionRecord } from '../exchange/answers';
import { isoDate, level, NAME_MAX, riskDetailFields, text } from '../exchange/entities';
import { MEASURE_LIMITS, RISK_LIMITS } from '$lib/components/risk/forms';
import { FEARED_EVENTS, MITIGATION_TYPES } from '$lib/domain/risk/feared-events';

/**
 * The model DPIA format (formatVersion 1): what a sector body (or a board) publishes after assessing a
 * widely used system once, so every board can build its local DPIA on it. This zod schema is the source;
 * `dpia-model.schema.json` beside it is generated from it (a test keeps the two in sync). Texts are held
 * to the lengths of the app's own forms, answers to the questionnaire's own checks (`checkSectionRecord`),
 * and every question id and risk catalogue id must exist.
 */
export const MODEL_FORMAT_VERSION = 1;

/** Supplier measures as the model publishes them: in place, agreed in a remediation plan (with a date), or not agreed. */
export const SUPPLIER_MEASURE_STATUSES = ['in_place', 'agreed', 'not_agreed'] as const;
export type SupplierMeasureStatus = (typeof SUPPLIER_MEASURE_STATUSES)[number];

const CATALOGUE_IDS = new Set(RISK_CATALOGUE.map((r) => r.id));
/** A key inside the model (risk or measure), stable across the model's versions so an update can be compared. */
const key = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const issue = (ctx: z.RefinementCtx, path: (string | number)[], problem: string) => ctx.addIssue({ code: 'custom', path, message: problem, params: { problem } });

export const modelRiskSchema = z.strictObject({
	key,
	catalogueId: text(20).nullable(),
	title: z.string().min(1).max(RISK_LIMITS.title),
	description: text(RISK_LIMITS.text),
	fearedEvent: z.enum(FEARED_EVENTS),
	/** The central scores of the model's own assessment; the school keeps them unless its situation differs. */
	severity: level,
	likelihood: level,
	residualSeverity: level.nullable(),
	residualLikelihood: level.nullable(),
	origin: riskDetailFields.origin,
	severityMotivation: riskDetailFields.severityMotivation,
	likelihoodMotivation: riskDetailFields.likelihoodMotivation
});

const measureBase = {
	key,
	title: z.string().min(1).max(MEASURE_LIMITS.title),
	description: text(MEASURE_LIMITS.text),
	type: z.enum(MITIGATION_TYPES),
	/** Keys of the model's risks this measure treats. */
	riskKeys: z.array(key).max(50)
};

export const supplierMeasureSchema = z.strictObject({
	...measureBase,
	status: z.enum(SUPPLIER_MEASURE_STATUSES),
	/** The date agreed in the remediation plan: required for `agreed`, absent otherwise. */
	agreedOn: isoDate.nullable()
});

export const schoolMeasureSchema = z.strictObject(measureBase);

export const modelSchema = z
	.strictObject({
		$schema: text(200).optional(),
		formatVersion: z.literal(MODEL_FORMAT_VERSION),
		/** True for the examples shipped with DPIA Wijzer: written by the project, not official sector content. */
		example: z.boolean().optional(),
		identity: z.strictObject({
			system: z.string().min(1).max(NAME_MAX),
			supplier: z.string().min(1).max(NAME_MAX),
			publisher: z.string().min(1).max(NAME_MAX),
			/** Whole numbers counting up: version 2 replaces version 1 of the same publisher's model of the system. */
			modelVersion: z.number().int().min(1).max(10_000),
			date: isoDate,
			sourceUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable()
		}),
		scope: z.strictObject({
			description: text(4000),
			/** The processes the central assessment covered. */
			processes: z.array(z.string().min(1).max(300)).max(50)
		}),
		/** Section id → the section's answers, exactly as the questionnaire stores them. */
		answers: z.record(z.string().max(20), z.unknown()),
		risks: z.array(modelRiskSchema).max(150),
		supplierMeasures: z.array(supplierMeasureSchema).max(100),
		schoolMeasures: z.array(schoolMeasureSchema).max(100),
		/** Question ids every school answers itself (its own situation); the model leaves them open. */
		schoolQuestions: z.array(text(20)).max(200)
	})
	.superRefine((doc, ctx) => {
		for (const [sectionId, record] of Object.entries(doc.answers))
			checkSectionRecord(sectionId, record, ['answers', sectionId], ['answers', sectionId], (path, params) =>
				ctx.addIssue({ code: 'custom', path, message: params.problem!, params })
			);
		doc.schoolQuestions.forEach((id, i) => {
			if (!questionById(id)) issue(ctx, ['schoolQuestions', i], 'unknown_question_id');
		});
		const riskKeys = new Set<string>();
		doc.risks.forEach((risk, i) => {
			if (riskKeys.has(risk.key)) issue(ctx, ['risks', i, 'key'], 'duplicate_id');
			riskKeys.add(risk.key);
			if (risk.catalogueId !== null && !CATALOGUE_IDS.has(risk.catalogueId)) issue(ctx, ['risks', i, 'catalogueId'], 'unknown_catalogue');
			if ((risk.residualSeverity === null) !== (risk.residualLikelihood === null)) issue(ctx, ['risks', i, 'residualLikelihood'], 'residual_pair');
		});
		const measureKeys = new Set<string>();
		for (const [list, measures] of [['supplierMeasures', doc.supplierMeasures], ['schoolMeasures', doc.schoolMeasures]] as const) {
			measures.forEach((measure, i) => {
				if (measureKeys.has(measure.key)) issue(ctx, [list, i, 'key'], 'duplicate_id');
				measureKeys.add(measure.key);
				measure.riskKeys.forEach((k, ri) => {
					if (!riskKeys.has(k)) issue(ctx, [list, i, 'riskKeys', ri], 'unknown_risk');
				});
			});
		}
		doc.supplierMeasures.forEach((measure, i) => {
			if ((measure.status === 'agreed') !== (measure.agreedOn !== null)) issue(ctx, ['supplierMeasures', i, 'agreedOn'], 'agreed_date');
		});
	});

export type ModelDocument = z.infer<typeof modelSchema>;
export type ModelRisk = z.infer<typeof modelRiskSchema>;
export type SupplierMeasure = z.infer<typeof supplierMeasureSchema>;
export type SchoolMeasure = z.infer<typeof schoolMeasureSchema>;

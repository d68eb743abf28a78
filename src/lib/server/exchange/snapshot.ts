import { z } from 'zod';
import { SNAPSHOT_FORMAT } from '../pdf/data/types';
import { checkSections } from './answers';
import {
	adviceFields,
	consultationFields,
	decisionFields,
	id,
	isoDate,
	isoDateTime,
	measureFields,
	NAME_MAX,
	outcome,
	prescanResultSchema,
	prescanTexts,
	processingFields,
	REASON_MAX,
	riskDetailFields,
	riskFields,
	shareFields,
	state,
	text,
	transitionFields
} from './entities';
import { MEASURE_LIMITS } from '$lib/components/risk/forms';
import { MAX_DOCUMENT_BYTES } from '$lib/domain/documents';

/**
 * The snapshots a file carries are what the (G)MR view and the frozen reports are drawn from, so they
 * are held to the same schemas as the live rows, field by field: text only where text is shown, the
 * forms' lengths, known choices. Nothing in them is trusted because it was "only a copy".
 */
const sections = z.record(z.string().max(20), z.record(z.string(), z.unknown())).superRefine(checkSections);

/** `VersionData`: every transition's snapshot, and the frozen snapshot of versions signed off before reports were. */
const versionDataFields = {
	capturedAt: isoDateTime,
	processing: z.strictObject(processingFields),
	version: z.strictObject({ id, number: z.number().int().min(1), status: state, reason: text(REASON_MAX) }),
	answers: sections,
	risks: z.array(z.strictObject({ id, ...riskFields })),
	measures: z.array(z.strictObject({ id, ...measureFields })),
	fgAdvice: z.strictObject(adviceFields).nullable(),
	boardDecision: z.strictObject(decisionFields).nullable(),
	apConsultations: z.array(z.strictObject(consultationFields)),
	/** Only report snapshots carry a format; this absence tells the two shapes apart. */
	format: z.undefined().optional()
};
export const versionDataSchema = z.strictObject(versionDataFields);

/** The model's own limits: a measure title up to 300 characters, a reason up to 2000. */
const MODEL_REASON_MAX = 2000;
const decided = { title: text(MEASURE_LIMITS.title), decision: text(40).nullable(), reason: text(MODEL_REASON_MAX) };
const modelPartSchema = z.strictObject({
	publisher: text(NAME_MAX),
	system: text(NAME_MAX),
	version: z.number().int().min(1),
	modelDate: isoDate,
	example: z.boolean(),
	answers: z.strictObject({ total: z.number().int().min(0), changed: z.array(z.strictObject({ key: text(20), reason: text(MODEL_REASON_MAX) })) }),
	risks: z.array(z.strictObject(decided)),
	supplierMeasures: z.array(z.strictObject({ title: text(MEASURE_LIMITS.title), status: text(40), agreedOn: isoDate.nullable() })),
	schoolMeasures: z.array(z.strictObject(decided))
});

/** `ReportSnapshot`: what a frozen version's two reports are rendered from. */
export const reportSnapshotSchema = z.strictObject({
	...versionDataFields,
	format: z.literal(SNAPSHOT_FORMAT),
	organisation: z.strictObject({ name: text(NAME_MAX) }),
	schools: z.array(text(NAME_MAX)),
	risks: z.array(z.strictObject({ id, ...riskFields, ...riskDetailFields })),
	measures: z.array(z.strictObject({ id, ...measureFields, description: text(MEASURE_LIMITS.text) })),
	prescan: z
		.strictObject({
			outcome,
			criteriaMet: prescanResultSchema.shape.criteriaMet,
			reasons: prescanResultSchema.shape.reasons,
			flags: prescanResultSchema.shape.flags,
			ranOn: isoDate,
			...prescanTexts
		})
		.nullable(),
	review: z.strictObject({ decidedOn: isoDate.nullable(), reviewDueOn: isoDate.nullable() }),
	versions: z.array(
		z.strictObject({ number: z.number().int().min(1), status: state, reason: text(REASON_MAX), createdOn: isoDate, frozenOn: isoDate.nullable() })
	),
	history: z.array(z.strictObject({ ...transitionFields, at: isoDateTime, by: text(NAME_MAX) })),
	shares: z.array(z.strictObject(shareFields)),
	audit: z.strictObject({
		entries: z.number().int().min(0),
		firstAt: isoDateTime.nullable(),
		lastAt: isoDateTime.nullable(),
		counts: z.array(z.strictObject({ entity: text(40), action: text(40), count: z.number().int().min(0) }))
	}),
	/** The model DPIA the version builds on (absent in files from before models). */
	model: modelPartSchema.nullable().optional(),
	/** The documents of its questions, by name and SHA-256 (absent in files from before documents). */
	documents: z
		.array(z.strictObject({ questionId: text(20).min(1), fileName: text(200).min(1), sha256: z.hash('sha256'), size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES), addedOn: isoDate }))
		.optional(),
	signedOff: z.strictObject({ at: isoDateTime, by: text(NAME_MAX) }).nullable()
});

/** A version's stored snapshot: a report snapshot (signed off with reports) or older plain version data. */
export const versionSnapshotSchema = z.discriminatedUnion('format', [reportSnapshotSchema, versionDataSchema]);

import { z } from 'zod';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '$lib/domain/documents';
import { LEVEL_IDS } from '$lib/domain/risk/matrix';
import { prescanInputSchema } from '$lib/domain/prescan/input';
import { checkSectionRecord } from './answers';
import {
	adviceFields,
	consultationFields,
	decisionFields,
	id,
	isoDate,
	isoDateTime,
	measureSchema,
	NAME_MAX,
	outcome,
	person,
	prescanResultSchema,
	prescanTexts,
	processingFields,
	REASON_MAX,
	riskSchema,
	shareFields,
	state,
	text,
	transitionFields
} from './entities';
import { versionDataSchema, versionSnapshotSchema } from './snapshot';

/**
 * The open exchange format for one DPIA with all its versions (formatVersion 1). This zod schema is the
 * source; `dpia-export.schema.json` beside it is generated from it (a test keeps the two in sync) so
 * other tools can validate files without running our code. Ids are kept for reference but an import
 * always assigns new ones; people are referred to by e-mail address, which an import maps back to
 * members of the receiving organisation. Every entity is held to what the app's forms accept
 * (`entities.ts`), snapshots included (`snapshot.ts`).
 */
export const FORMAT_VERSION = 1;

export { measureSchema, riskSchema };

const answersSchema = z
	.strictObject({ sectionId: text(20).min(1), answers: z.record(z.string(), z.unknown()), updatedBy: person, updatedAt: isoDateTime })
	.superRefine((a, ctx) =>
		checkSectionRecord(a.sectionId, a.answers, ['answers'], ['sectionId'], (path, params) => ctx.addIssue({ code: 'custom', path, message: params.problem!, params }))
	);

/**
 * The documents of the processing and of a version's questions, by their facts and SHA-256: the bytes
 * travel in the backup, not here. One document may be 20 MB (27 MB as base64) while a whole DPIA's JSON
 * stays under the import's 8 MB bound that keeps hostile files out; with the hash a receiver checks
 * documents sent alongside.
 */
const processingDocumentSchema = z.strictObject({
	id,
	fileName: text(200).min(1),
	contentType: z.enum(Object.values(DOCUMENT_TYPES) as [string, ...string[]]),
	size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
	sha256: z.hash('sha256'),
	uploadedBy: person,
	uploadedAt: isoDateTime
});
const documentFactsSchema = processingDocumentSchema.extend({ questionId: text(20).min(1) });

export const versionSchema = z.strictObject({
	id,
	number: z.number().int().min(1),
	status: state,
	reason: text(REASON_MAX),
	createdBy: person,
	createdAt: isoDateTime,
	frozenAt: isoDateTime.nullable(),
	frozenBy: person,
	snapshot: versionSnapshotSchema.nullable(),
	fullReportSha256: z.hash('sha256').nullable(),
	gmrReportSha256: z.hash('sha256').nullable(),
	/** Since the English reports are hashed at sign-off too; absent in older exports. */
	fullReportSha256En: z.hash('sha256').nullable().optional(),
	gmrReportSha256En: z.hash('sha256').nullable().optional(),
	answers: z.array(answersSchema),
	/** Since documents can be attached; absent in older exports. */
	documents: z.array(documentFactsSchema).optional(),
	risks: z.array(riskSchema),
	measures: z.array(measureSchema),
	fgAdvice: z.array(z.strictObject({ ...adviceFields, by: person, createdAt: isoDateTime })),
	boardDecisions: z.array(z.strictObject({ ...decisionFields, by: person, createdAt: isoDateTime })),
	apConsultations: z.array(z.strictObject({ ...consultationFields, by: person, createdAt: isoDateTime })),
	gmrShares: z.array(z.strictObject({ ...shareFields, sharedBy: person, respondedBy: person, createdAt: isoDateTime })),
	transitions: z.array(z.strictObject({ ...transitionFields, by: person, snapshot: versionDataSchema.nullable(), createdAt: isoDateTime }))
});

export const exportSchema = z
	.strictObject({
		$schema: text(200).optional(),
		formatVersion: z.literal(FORMAT_VERSION),
		generator: text(200),
		exportedAt: isoDateTime,
		organisation: z.strictObject({ slug: text(100), name: text(NAME_MAX) }),
		processing: z.strictObject({
			id,
			...processingFields,
			prescanOutcome: outcome.nullable(),
			schools: z.array(text(NAME_MAX)),
			createdAt: isoDateTime,
			archivedAt: isoDateTime.nullable(),
			/** The processing's own documents, by facts and SHA-256 as a version's; absent in older exports. */
			documents: z.array(processingDocumentSchema).optional()
		}),
		prescans: z.array(
			z.strictObject({
				id,
				input: prescanInputSchema,
				result: prescanResultSchema,
				outcome,
				...prescanTexts,
				fgViewBy: person,
				fgViewAt: isoDateTime.nullable(),
				createdBy: person,
				createdAt: isoDateTime
			})
		),
		assessment: z.strictObject({
			id,
			status: state,
			currentVersion: z.number().int().min(1),
			highestResidualLevel: z.enum(LEVEL_IDS).nullable(),
			decidedOn: isoDate.nullable(),
			reviewDueOn: isoDate.nullable(),
			createdAt: isoDateTime
		}),
		versions: z.array(versionSchema).min(1)
	})
	.superRefine((doc, ctx) => {
		// Cross-references a JSON Schema cannot express: they are what an import relies on.
		const numbers = doc.versions.map((v) => v.number);
		if (new Set(numbers).size !== numbers.length) ctx.addIssue({ code: 'custom', path: ['versions'], message: 'duplicate_version', params: { problem: 'duplicate_version' } });
		if (!numbers.includes(doc.assessment.currentVersion))
			ctx.addIssue({ code: 'custom', path: ['assessment', 'currentVersion'], message: 'no_version', params: { problem: 'no_version' } });
		doc.versions.forEach((version, vi) => {
			const riskIds = new Set(version.risks.map((r) => r.id));
			if (riskIds.size !== version.risks.length) ctx.addIssue({ code: 'custom', path: ['versions', vi, 'risks'], message: 'duplicate_id', params: { problem: 'duplicate_id' } });
			const sectionIds = version.answers.map((a) => a.sectionId);
			if (new Set(sectionIds).size !== sectionIds.length)
				ctx.addIssue({ code: 'custom', path: ['versions', vi, 'answers'], message: 'duplicate_section', params: { problem: 'duplicate_section' } });
			version.measures.forEach((measure, mi) => {
				measure.riskIds.forEach((riskId, ri) => {
					if (!riskIds.has(riskId))
						ctx.addIssue({ code: 'custom', path: ['versions', vi, 'measures', mi, 'riskIds', ri], message: 'unknown_risk', params: { problem: 'unknown_risk' } });
				});
			});
		});
	});

export type DpiaExport = z.infer<typeof exportSchema>;
export type ExportedVersion = z.infer<typeof versionSchema>;

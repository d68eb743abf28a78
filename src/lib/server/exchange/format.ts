import { z } from 'zod';

/**
 * The open exchange format for one DPIA with all its versions (formatVersion 1). This zod schema is the
 * source; `dpia-export.schema.json` beside it is generated from it (a test keeps the two in sync) so
 * other tools can validate files without running our code. Ids are kept for reference but an import
 * always assigns new ones; people are referred to by e-mail address, which an import maps back to
 * members of the receiving organisation.
 */
export const FORMAT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const isoDateTime = z.iso.datetime({ offset: true });
const person = z.string().email().nullable();
const level = z.number().int().min(1).max(4);

export const riskSchema = z.strictObject({
	id: z.string(),
	catalogueId: z.string().nullable(),
	title: z.string().min(1),
	description: z.string(),
	origin: z.string(),
	fearedEvent: z.string(),
	severity: level,
	severityMotivation: z.string(),
	likelihood: level,
	likelihoodMotivation: z.string(),
	levelOverride: z.string().nullable(),
	overrideReason: z.string().nullable(),
	discrimination: z.boolean(),
	residualSeverity: level.nullable(),
	residualLikelihood: level.nullable(),
	accepted: z.boolean(),
	acceptanceReason: z.string().nullable()
});

export const measureSchema = z.strictObject({
	id: z.string(),
	title: z.string().min(1),
	description: z.string(),
	type: z.enum(['technical', 'organisational', 'contractual']),
	owner: z.string(),
	dueOn: isoDate.nullable(),
	status: z.enum(['planned', 'in_progress', 'done']),
	riskIds: z.array(z.string())
});

export const versionSchema = z.strictObject({
	id: z.string(),
	number: z.number().int().min(1),
	status: z.string().min(1),
	reason: z.string(),
	createdBy: person,
	createdAt: isoDateTime,
	frozenAt: isoDateTime.nullable(),
	frozenBy: person,
	snapshot: z.unknown().nullable(),
	fullReportSha256: z.string().nullable(),
	gmrReportSha256: z.string().nullable(),
	/** Since the English reports are hashed at sign-off too; absent in older exports. */
	fullReportSha256En: z.string().nullable().optional(),
	gmrReportSha256En: z.string().nullable().optional(),
	answers: z.array(
		z.strictObject({ sectionId: z.string().min(1), answers: z.record(z.string(), z.unknown()), updatedBy: person, updatedAt: isoDateTime })
	),
	risks: z.array(riskSchema),
	measures: z.array(measureSchema),
	fgAdvice: z.array(
		z.strictObject({
			verdict: z.enum(['positive', 'positive_with_conditions', 'negative']),
			text: z.string(),
			advisedOn: isoDate,
			by: person,
			createdAt: isoDateTime
		})
	),
	boardDecisions: z.array(
		z.strictObject({
			decision: z.enum(['proceed', 'proceed_with_conditions', 'adjust', 'reject']),
			motivation: z.string(),
			residualRiskAcceptance: z.string(),
			deviationMotivation: z.string().nullable(),
			decidedOn: isoDate,
			by: person,
			createdAt: isoDateTime
		})
	),
	apConsultations: z.array(
		z.strictObject({
			requestedOn: isoDate,
			reference: z.string(),
			answeredOn: isoDate.nullable(),
			outcome: z.string(),
			by: person,
			createdAt: isoDateTime
		})
	),
	gmrShares: z.array(
		z.strictObject({
			sharedOn: isoDate,
			sharedBy: person,
			responseKind: z.enum(['views', 'consent', 'consent_refused', 'no_response']).nullable(),
			responseText: z.string().nullable(),
			respondedOn: isoDate.nullable(),
			respondedBy: person,
			createdAt: isoDateTime
		})
	),
	transitions: z.array(
		z.strictObject({
			action: z.string().min(1),
			fromStatus: z.string(),
			toStatus: z.string(),
			note: z.string().nullable(),
			by: person,
			snapshot: z.unknown().nullable(),
			createdAt: isoDateTime
		})
	)
});

export const exportSchema = z
	.strictObject({
		$schema: z.string().optional(),
		formatVersion: z.literal(FORMAT_VERSION),
		generator: z.string(),
		exportedAt: isoDateTime,
		organisation: z.strictObject({ slug: z.string(), name: z.string() }),
		processing: z.strictObject({
			id: z.string(),
			name: z.string().min(1),
			vendor: z.string(),
			description: z.string(),
			prescanOutcome: z.enum(['mandatory', 'recommended', 'not_required']).nullable(),
			schools: z.array(z.string()),
			createdAt: isoDateTime,
			archivedAt: isoDateTime.nullable()
		}),
		prescans: z.array(
			z.strictObject({
				id: z.string(),
				input: z.unknown(),
				result: z.unknown(),
				outcome: z.enum(['mandatory', 'recommended', 'not_required']),
				reasoning: z.string().nullable(),
				fgView: z.string().nullable(),
				fgViewBy: person,
				fgViewAt: isoDateTime.nullable(),
				createdBy: person,
				createdAt: isoDateTime
			})
		),
		assessment: z.strictObject({
			id: z.string(),
			status: z.string().min(1),
			currentVersion: z.number().int().min(1),
			highestResidualLevel: z.string().nullable(),
			decidedOn: isoDate.nullable(),
			reviewDueOn: isoDate.nullable(),
			createdAt: isoDateTime
		}),
		versions: z.array(versionSchema).min(1)
	})
	.superRefine((doc, ctx) => {
		// Cross-references a JSON Schema cannot express: they are what an import relies on.
		const numbers = doc.versions.map((v) => v.number);
		if (new Set(numbers).size !== numbers.length) ctx.addIssue({ code: 'custom', path: ['versions'], message: 'duplicate version number' });
		if (!numbers.includes(doc.assessment.currentVersion))
			ctx.addIssue({ code: 'custom', path: ['assessment', 'currentVersion'], message: 'no version with this number' });
		doc.versions.forEach((version, vi) => {
			const riskIds = new Set(version.risks.map((r) => r.id));
			version.measures.forEach((measure, mi) => {
				for (const id of measure.riskIds)
					if (!riskIds.has(id))
						ctx.addIssue({ code: 'custom', path: ['versions', vi, 'measures', mi, 'riskIds'], message: `unknown risk id ${id}` });
			});
		});
	});

export type DpiaExport = z.infer<typeof exportSchema>;
export type ExportedVersion = z.infer<typeof versionSchema>;

import { and, eq, sql } from 'drizzle-orm';
import { assessments, assessmentVersions, dpiaModels, dpiaModelVersions, modelBases } from '../db/schema';

/*
 * Correlated subqueries on the DPIA of the outer query (they need `assessments` in it): the model its
 * current version builds on, and whether the board's library holds a newer version of that model. Each is
 * a walk down unique indexes (assessment version, model basis, model version), run only for the rows read.
 */

const ofCurrentVersion = and(eq(assessmentVersions.assessmentId, assessments.id), eq(assessmentVersions.number, assessments.currentVersion));

/** True when a newer version of the DPIA's model is in the library: a reason its review is due (issue 20). */
export const modelUpdatedSql = sql<boolean>`exists (select 1 from ${modelBases}
	join ${assessmentVersions} on ${assessmentVersions.id} = ${modelBases.versionId}
	join ${dpiaModelVersions} on ${dpiaModelVersions.id} = ${modelBases.modelVersionId}
	join ${dpiaModelVersions} as newer on newer.model_id = ${dpiaModelVersions.modelId} and newer.version > ${dpiaModelVersions.version}
	where ${ofCurrentVersion})`;

/** The model the DPIA's current version builds on, for a register row: system, publisher and version, or null. */
export const modelOfRowSql = sql<{ id: string; system: string; publisher: string; version: number } | null>`(select json_build_object('id', ${dpiaModels.id}, 'system', ${dpiaModels.system}, 'publisher', ${dpiaModels.publisher}, 'version', ${dpiaModelVersions.version})
	from ${modelBases}
	join ${assessmentVersions} on ${assessmentVersions.id} = ${modelBases.versionId}
	join ${dpiaModelVersions} on ${dpiaModelVersions.id} = ${modelBases.modelVersionId}
	join ${dpiaModels} on ${dpiaModels.id} = ${dpiaModelVersions.modelId}
	where ${ofCurrentVersion})`;

/** The DPIA's current version builds on (any version of) the model named by the `modelId` placeholder. */
export const builtOnModelSql = sql`exists (select 1 from ${modelBases}
	join ${assessmentVersions} on ${assessmentVersions.id} = ${modelBases.versionId}
	join ${dpiaModelVersions} on ${dpiaModelVersions.id} = ${modelBases.modelVersionId}
	where ${ofCurrentVersion} and ${dpiaModelVersions.modelId} = ${sql.placeholder('modelId')})`;

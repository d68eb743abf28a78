import type { MeasureInput } from '$lib/components/risk/forms';
import type { Db } from '../db';
import { readMeasure, updateMeasure } from './measures';
import type { Scope } from './scope';

/**
 * Only a measure's status, for integrations that track progress: the rest of the measure stays as it is,
 * and the change goes through the same rules and audit entry as the measure form.
 */
export async function setMeasureStatus(db: Db, scope: Scope, assessmentId: string, measureId: string, status: MeasureInput['status']) {
	const { measure } = await readMeasure(db, scope, assessmentId, measureId);
	const { title, description, type, owner, dueOn, riskIds } = measure;
	return updateMeasure(db, scope, assessmentId, measureId, { title, description, type: type as MeasureInput['type'], owner, dueOn, status, riskIds });
}

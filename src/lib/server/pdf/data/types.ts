import type { VersionData } from '../../services/version-data';

/** Marks a stored snapshot as one the reports can render from (older versions stored plain VersionData). */
export const SNAPSHOT_FORMAT = 'dpia-wijzer/report-snapshot@1';

type BaseRisk = VersionData['risks'][number];
type BaseMeasure = VersionData['measures'][number];

export interface SnapshotRisk extends BaseRisk {
	origin: string;
	severityMotivation: string;
	likelihoodMotivation: string;
	overrideReason: string | null;
}

export interface SnapshotMeasure extends BaseMeasure {
	description: string;
}

export interface SnapshotPrescan {
	outcome: string;
	criteriaMet: string[];
	reasons: { id: string; source: string; effect: string; derived?: boolean }[];
	flags: string[];
	ranOn: string;
	reasoning: string | null;
	fgView: string | null;
}

/**
 * The model DPIA a local DPIA builds on (issue 20), and which of its parts came from it: the model's
 * answers (those the school changed, with its reason), its generic risks and school measures with the
 * school's decision, and the supplier measures as published.
 */
export interface SnapshotModel {
	publisher: string;
	system: string;
	version: number;
	modelDate: string;
	example: boolean;
	answers: { total: number; changed: { key: string; reason: string }[] };
	risks: { title: string; decision: string | null; reason: string }[];
	supplierMeasures: { title: string; status: string; agreedOn: string | null }[];
	schoolMeasures: { title: string; decision: string | null; reason: string }[];
}

/** A document attached to one of the version's questions: named with its SHA-256, so the signed report names the evidence. */
export interface SnapshotDocument {
	questionId: string;
	fileName: string;
	sha256: string;
	size: number;
	addedOn: string;
}

/**
 * Everything both reports show, as plain JSON. Captured at sign-off and stored on the frozen version, so
 * its reports render byte-identically later; for a draft it is built from the live tables on every
 * download. It extends VersionData so every reader of the older snapshot keeps working.
 */
export interface ReportSnapshot extends VersionData {
	format: typeof SNAPSHOT_FORMAT;
	organisation: { name: string };
	schools: string[];
	risks: SnapshotRisk[];
	measures: SnapshotMeasure[];
	prescan: SnapshotPrescan | null;
	review: { decidedOn: string | null; reviewDueOn: string | null };
	/** Versions up to and including this one, oldest first. */
	versions: { number: number; status: string; reason: string; createdOn: string; frozenOn: string | null }[];
	/** Workflow steps of this version, oldest first; `by` is the name at the time of capture. */
	history: { action: string; fromStatus: string; toStatus: string; at: string; by: string; note: string | null }[];
	shares: { sharedOn: string; responseKind: string | null; responseText: string | null; respondedOn: string | null }[];
	audit: { entries: number; firstAt: string | null; lastAt: string | null; counts: { entity: string; action: string; count: number }[] };
	/** The model DPIA this version builds on; null for a DPIA of its own (and absent in snapshots from before models). */
	model?: SnapshotModel | null;
	/** The documents attached to its questions, by question; absent in snapshots from before documents. */
	documents?: SnapshotDocument[];
	/** Set on a frozen version: when and by whom it was signed off. */
	signedOff: { at: string; by: string } | null;
}

export function isReportSnapshot(value: unknown): value is ReportSnapshot {
	return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SNAPSHOT_FORMAT;
}

export type ReportKind = 'full' | 'gmr';
export const REPORT_KINDS: readonly ReportKind[] = ['full', 'gmr'];

import { SNAPSHOT_FORMAT, type ReportSnapshot, type SnapshotMeasure, type SnapshotModel, type SnapshotPrescan, type SnapshotRisk } from './types';

/**
 * The report model: a snapshot as the reports may print it, whatever the database holds. A frozen
 * version's snapshot is stored JSON and an import may have put anything there; pdfmake reads an object
 * where it expects text as a node of its own (`{ text, link }` becomes a clickable link), so every field
 * the reports print as text is a plain string here, every number a number and every list a list.
 * For a snapshot the app wrote itself this is the identity: its reports keep their bytes.
 */

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const record = (v: unknown): Raw => (isRecord(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Text where the report prints text: numbers and booleans spelled out, anything else empty. */
export function text(v: unknown): string {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
	return '';
}
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : text(v));
const texts = (v: unknown): string[] => list(v).map(text);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/** Severity and likelihood are 1–4; what is not counts as the lowest, so the risk maths never sees it. */
const scale = (v: unknown): number => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 4 ? (v as number) : 1);
const scaleOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : scale(v));
const bool = (v: unknown): boolean => v === true;
const nullOr = <T>(v: unknown, make: (r: Raw) => T): T | null => (isRecord(v) ? make(v) : null);

/** Answers hold nested values (list items, compound answers); nothing the questionnaire makes is this deep. */
const ANSWER_DEPTH = 12;

function plainJson(v: unknown, depth: number): unknown {
	if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (depth >= ANSWER_DEPTH) return null;
	if (Array.isArray(v)) return v.map((x) => plainJson(x, depth + 1));
	if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainJson(x, depth + 1)]));
	return null;
}

function answersOf(v: unknown): ReportSnapshot['answers'] {
	const sections = Object.entries(record(v)).filter((entry): entry is [string, Raw] => isRecord(entry[1]));
	return Object.fromEntries(sections.map(([id, answers]) => [id, plainJson(answers, 1) as Raw]));
}

function risk(r: Raw): SnapshotRisk {
	return {
		id: text(r.id),
		catalogueId: textOrNull(r.catalogueId),
		title: text(r.title),
		description: text(r.description),
		fearedEvent: text(r.fearedEvent),
		severity: scale(r.severity),
		likelihood: scale(r.likelihood),
		levelOverride: textOrNull(r.levelOverride),
		residualSeverity: scaleOrNull(r.residualSeverity),
		residualLikelihood: scaleOrNull(r.residualLikelihood),
		accepted: bool(r.accepted),
		acceptanceReason: textOrNull(r.acceptanceReason),
		discrimination: bool(r.discrimination),
		origin: text(r.origin),
		severityMotivation: text(r.severityMotivation),
		likelihoodMotivation: text(r.likelihoodMotivation),
		overrideReason: textOrNull(r.overrideReason)
	};
}

function measure(m: Raw): SnapshotMeasure {
	return {
		id: text(m.id),
		title: text(m.title),
		type: text(m.type),
		owner: text(m.owner),
		dueOn: textOrNull(m.dueOn),
		status: text(m.status),
		riskIds: texts(m.riskIds),
		description: text(m.description)
	};
}

function prescan(p: Raw): SnapshotPrescan {
	return {
		outcome: text(p.outcome),
		criteriaMet: texts(p.criteriaMet),
		reasons: list(p.reasons).map(record).map((r) => ({ id: text(r.id), source: text(r.source), effect: text(r.effect), ...(r.derived === true ? { derived: true } : {}) })),
		flags: texts(p.flags),
		ranOn: text(p.ranOn),
		reasoning: textOrNull(p.reasoning),
		fgView: textOrNull(p.fgView)
	};
}

function model(m: Raw): SnapshotModel {
	const answers = record(m.answers);
	const decided = (x: Raw) => ({ title: text(x.title), decision: textOrNull(x.decision), reason: text(x.reason) });
	return {
		publisher: text(m.publisher),
		system: text(m.system),
		version: num(m.version),
		modelDate: text(m.modelDate),
		example: bool(m.example),
		answers: { total: num(answers.total), changed: list(answers.changed).map(record).map((c) => ({ key: text(c.key), reason: text(c.reason) })) },
		risks: list(m.risks).map(record).map(decided),
		supplierMeasures: list(m.supplierMeasures).map(record).map((x) => ({ title: text(x.title), status: text(x.status), agreedOn: textOrNull(x.agreedOn) })),
		schoolMeasures: list(m.schoolMeasures).map(record).map(decided)
	};
}

export function reportModel(raw: unknown): ReportSnapshot {
	const s = record(raw);
	const processing = record(s.processing);
	const version = record(s.version);
	const review = record(s.review);
	const audit = record(s.audit);
	return {
		format: SNAPSHOT_FORMAT,
		capturedAt: text(s.capturedAt),
		organisation: { name: text(record(s.organisation).name) },
		processing: { name: text(processing.name), vendor: text(processing.vendor), description: text(processing.description) },
		version: { id: text(version.id), number: num(version.number), status: text(version.status), reason: text(version.reason) },
		answers: answersOf(s.answers),
		risks: list(s.risks).map(record).map(risk),
		measures: list(s.measures).map(record).map(measure),
		fgAdvice: nullOr(s.fgAdvice, (a) => ({ verdict: text(a.verdict), text: text(a.text), advisedOn: text(a.advisedOn) })),
		boardDecision: nullOr(s.boardDecision, (d) => ({
			decision: text(d.decision),
			motivation: text(d.motivation),
			residualRiskAcceptance: text(d.residualRiskAcceptance),
			deviationMotivation: textOrNull(d.deviationMotivation),
			decidedOn: text(d.decidedOn)
		})),
		apConsultations: list(s.apConsultations).map(record).map((c) => ({ requestedOn: text(c.requestedOn), reference: text(c.reference), answeredOn: textOrNull(c.answeredOn), outcome: text(c.outcome) })),
		schools: texts(s.schools),
		prescan: nullOr(s.prescan, prescan),
		review: { decidedOn: textOrNull(review.decidedOn), reviewDueOn: textOrNull(review.reviewDueOn) },
		versions: list(s.versions).map(record).map((v) => ({ number: num(v.number), status: text(v.status), reason: text(v.reason), createdOn: text(v.createdOn), frozenOn: textOrNull(v.frozenOn) })),
		history: list(s.history).map(record).map((h) => ({ action: text(h.action), fromStatus: text(h.fromStatus), toStatus: text(h.toStatus), at: text(h.at), by: text(h.by), note: textOrNull(h.note) })),
		shares: list(s.shares).map(record).map((x) => ({ sharedOn: text(x.sharedOn), responseKind: textOrNull(x.responseKind), responseText: textOrNull(x.responseText), respondedOn: textOrNull(x.respondedOn) })),
		audit: {
			entries: num(audit.entries),
			firstAt: textOrNull(audit.firstAt),
			lastAt: textOrNull(audit.lastAt),
			counts: list(audit.counts).map(record).map((c) => ({ entity: text(c.entity), action: text(c.action), count: num(c.count) }))
		},
		model: nullOr(s.model, model),
		// only where the snapshot has them, so a snapshot from before documents keeps its bytes
		...('documents' in s ? { documents: list(s.documents).map(record).map((d) => ({ questionId: text(d.questionId), fileName: text(d.fileName), sha256: text(d.sha256), size: num(d.size), addedOn: text(d.addedOn) })) } : {}),
		signedOff: nullOr(s.signedOff, (o) => ({ at: text(o.at), by: text(o.by) }))
	};
}

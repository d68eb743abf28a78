import type { FearedEvent, MitigationType } from '$lib/domain/risk/feared-events';
import type { MeasureStatus } from '$lib/domain/risk/measure-status';
import type { DpiaExport } from '../format';

/**
 * What a foreign file says in our terms, before it becomes an exchange document: one DPIA in draft
 * (concept) with one version, its questionnaire answers by section, its risks and its measures. The
 * places used while mapping are symbolic (`['answers', '1', '1.1']`, `['risks', 0, 'title']`) because
 * the order of the sections in the document is only fixed here.
 */
export interface DraftRisk {
	title: string;
	description: string;
	origin: string;
	fearedEvent: FearedEvent;
	severity: number;
	likelihood: number;
	severityMotivation: string;
	likelihoodMotivation: string;
	residualSeverity: number | null;
	residualLikelihood: number | null;
}

export interface DraftMeasure {
	title: string;
	description: string;
	type: MitigationType;
	owner: string;
	status: MeasureStatus;
	/** Indexes into the draft's risks. */
	risks: number[];
}

export interface Draft {
	name: string;
	description: string;
	createdAt: string;
	sections: Record<string, Record<string, unknown>>;
	risks: DraftRisk[];
	measures: DraftMeasure[];
}

type Key = string | number;

const bySectionNumber = (a: string, b: string) => Number(a) - Number(b);

/** The exchange document of a draft, with fresh ids from `newId` (the assessment's own id given). */
export function draftExport(draft: Draft, ids: { assessment: string; next: () => string }, generator: string, now: string): DpiaExport {
	const riskIds = draft.risks.map(() => ids.next());
	const sectionIds = Object.keys(draft.sections).sort(bySectionNumber);
	return {
		formatVersion: 1,
		generator,
		exportedAt: now,
		organisation: { slug: 'import', name: generator },
		processing: { id: ids.next(), name: draft.name, vendor: '', description: draft.description, prescanOutcome: null, schools: [], createdAt: draft.createdAt, archivedAt: null },
		prescans: [],
		assessment: { id: ids.assessment, status: 'concept', currentVersion: 1, highestResidualLevel: null, decidedOn: null, reviewDueOn: null, createdAt: draft.createdAt },
		versions: [
			{
				id: ids.next(),
				number: 1,
				status: 'concept',
				reason: '',
				createdBy: null,
				createdAt: draft.createdAt,
				frozenAt: null,
				frozenBy: null,
				snapshot: null,
				fullReportSha256: null,
				gmrReportSha256: null,
				answers: sectionIds.map((sectionId) => ({ sectionId, answers: draft.sections[sectionId]!, updatedBy: null, updatedAt: draft.createdAt })),
				risks: draft.risks.map((risk, i) => ({
					id: riskIds[i]!,
					catalogueId: null,
					levelOverride: null,
					overrideReason: null,
					accepted: false,
					acceptanceReason: null,
					discrimination: false,
					...risk
				})),
				measures: draft.measures.map(({ risks, ...measure }) => ({ id: ids.next(), ...measure, dueOn: null, riskIds: risks.map((i) => riskIds[i]!) })),
				fgAdvice: [],
				boardDecisions: [],
				apConsultations: [],
				gmrShares: [],
				transitions: []
			}
		]
	};
}

/** A place in the exchange document as the symbolic place the mapping recorded, or null. */
export function draftPlace(doc: DpiaExport, path: readonly Key[]): Key[] | null {
	const [head, second, third, index, kind, ...rest] = path;
	if (head === 'processing' && second !== undefined) return ['processing', second, ...path.slice(2)];
	if (head !== 'versions' || second !== 0) return null;
	if (third === 'answers' && typeof index === 'number' && kind === 'answers') {
		const sectionId = doc.versions[0]?.answers[index]?.sectionId;
		return sectionId ? ['answers', sectionId, ...rest] : null;
	}
	if ((third === 'risks' || third === 'measures') && typeof index === 'number') return [third, index, ...path.slice(4)];
	return null;
}

const NAMED: Record<string, string> = {
	nbsp: ' ', rarr: '→', larr: '←', hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
	eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç', iuml: 'ï', icirc: 'î', ocirc: 'ô', ouml: 'ö', uuml: 'ü', ucirc: 'û', oelig: 'œ', euro: '€'
};

/** HTML of a rich-text editor as plain text: line breaks where blocks end, list items as "- ", entities decoded. */
export function plainText(html: string): string {
	return html
		.replace(/<\s*br\s*\/?>/gi, '\n')
		.replace(/<\s*li[^>]*>/gi, '- ')
		.replace(/<\s*\/\s*(p|div|li|ul|ol|h[1-6]|tr)\s*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name] ?? whole)
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, n: string) => (Number(n) > 0 && Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : ''))
		.replace(/&amp;/g, '&')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A title from a longer text: its first line, cut at a word before `max` characters. */
export function titleOf(text: string, max: number): string {
	const line = text.split('\n').find((l) => l.trim())?.trim() ?? '';
	if (line.length <= max) return line;
	const cut = line.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	// cut at the last whole word, unless that throws away more than half
	const whole = line[max - 1] === ' ' || space < max / 2 ? cut : cut.slice(0, space);
	return `${whole.trimEnd()}…`;
}

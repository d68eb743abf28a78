import { isLevel, type RiskLevel } from './risk/matrix';
import { isState, type State } from './workflow/states';

/** Rows per register page; the register is paged on the server so 10,000 processings stay fast. */
export const REGISTER_PAGE_SIZE = 25;
/** A search term longer than this is cut: nobody names a tool in 200 characters. */
export const SEARCH_MAX_LENGTH = 200;

/** A processing with no DPIA yet is a status of its own in the filter. */
export const NO_DPIA = 'no_dpia';
export type StatusFilter = State | typeof NO_DPIA;

export interface RegisterQuery {
	search: string;
	schoolId: string | null;
	supplierId: string | null;
	/** Only DPIAs built on (any version of) this model DPIA of the library. */
	modelId: string | null;
	status: StatusFilter | null;
	level: RiskLevel | null;
	page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The register's filters from the URL (a plain GET form, so it works without JavaScript). Anything that
 * is not a known value is ignored rather than refused: a stale bookmark still opens the register.
 */
export function parseRegisterQuery(params: URLSearchParams): RegisterQuery {
	const status = params.get('status') ?? '';
	const level = params.get('level') ?? '';
	const school = params.get('school') ?? '';
	const supplier = params.get('supplier') ?? '';
	const model = params.get('model') ?? '';
	const page = Number.parseInt(params.get('page') ?? '', 10);
	return {
		search: (params.get('q') ?? '').trim().slice(0, SEARCH_MAX_LENGTH),
		schoolId: UUID.test(school) ? school.toLowerCase() : null,
		supplierId: UUID.test(supplier) ? supplier.toLowerCase() : null,
		modelId: UUID.test(model) ? model.toLowerCase() : null,
		status: status === NO_DPIA || isState(status) ? status : null,
		level: isLevel(level) ? level : null,
		page: Number.isSafeInteger(page) && page > 0 ? page : 1
	};
}

/** The query string for the same filters on another page; empty filters are left out. */
export function registerSearchParams(query: RegisterQuery, page = query.page): string {
	const params = new URLSearchParams();
	if (query.search) params.set('q', query.search);
	if (query.schoolId) params.set('school', query.schoolId);
	if (query.supplierId) params.set('supplier', query.supplierId);
	if (query.modelId) params.set('model', query.modelId);
	if (query.status) params.set('status', query.status);
	if (query.level) params.set('level', query.level);
	if (page > 1) params.set('page', String(page));
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function isFiltered(query: RegisterQuery): boolean {
	return Boolean(query.search || query.schoolId || query.supplierId || query.modelId || query.status || query.level);
}

/**
 * A search term for LIKE/ILIKE with its wildcards taken literally: "100%" finds "100%" and not every name
 * starting with "100". Backslash is PostgreSQL's default LIKE escape character.
 */
export function escapeLike(term: string): string {
	return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function pageCount(total: number, size = REGISTER_PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

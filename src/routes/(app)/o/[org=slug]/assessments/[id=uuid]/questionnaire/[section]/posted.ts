import type { Conflict } from '$lib/components/questionnaire/section-draft.svelte';
import type { Draft } from '$lib/components/questionnaire/fields';

interface Loose {
	kind?: string;
	values?: Record<string, unknown>;
	revision?: number;
	errors?: Record<string, string>;
	message?: string;
	conflict?: Conflict;
	saved?: boolean;
	questionId?: string;
	done?: string;
}

export interface SectionResult {
	values: Draft;
	revision: number;
	errors: Record<string, string>;
	conflict: Conflict | null;
	message: string | null;
	messageKind: 'error' | 'info';
	saved: boolean;
}

export interface CommentResult {
	questionId: string;
	done?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
	message?: string;
}

/** What a post without JavaScript came back with: a section save (or item change), or a comment. */
export function posted(form: unknown): { section?: SectionResult; comment?: CommentResult } {
	const f = (form ?? {}) as Loose;
	if (f.kind === 'comment') {
		return { comment: { questionId: f.questionId ?? '', done: f.done, errors: f.errors, values: f.values as Record<string, string>, message: f.message } };
	}
	if (!f.kind || !f.values || typeof f.revision !== 'number') return {};
	return {
		section: {
			values: f.values as Draft,
			revision: f.revision,
			errors: f.errors ?? {},
			conflict: f.conflict ?? null,
			message: f.message ?? null,
			messageKind: f.kind === 'items' ? 'info' : 'error',
			saved: f.saved === true
		}
	};
}

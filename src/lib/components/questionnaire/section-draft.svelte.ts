import { parse } from 'devalue';
import { getContext, setContext } from 'svelte';
import { canonical } from '$lib/domain/questionnaire/records';
import { REVISION, type Draft, type FormSection } from './fields';
import { newItemId, withItem, withoutItem } from './items';

export interface Conflict {
	values: Draft;
	revision: number;
	savedBy: string | null;
	savedAt: string | null;
}

export interface DraftInit {
	values: Draft;
	revision: number;
	errors?: Record<string, string>;
	conflict?: Conflict | null;
	message?: string | null;
}

type Status = 'idle' | 'saving' | 'saved' | 'partly' | 'failed';

const KEY = Symbol('section-draft');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface ActionResult {
	type: string;
	data?: unknown;
}

/**
 * A SvelteKit action's answer to a post with `x-sveltekit-action`: JSON whose `data` is devalue's text.
 * Read here rather than with $app/forms, as the section's form is an island on a page without SvelteKit's client.
 */
export function readActionResult(text: string): ActionResult {
	const result = JSON.parse(text) as ActionResult;
	if (typeof result.data === 'string') result.data = parse(result.data);
	return result;
}

/** What a save reports besides the draft's own state: the section's progress, and its model DPIA attribution, as now stored. */
export interface Saved {
	progress?: { sectionId: string; answered: number; required: number };
	/** Left out where the action sent none; null for a DPIA not built on a model. */
	model?: unknown;
}

/**
 * What the editor has typed in one section, and its way to the server. With JavaScript the form posts
 * here instead of navigating: the same `save` action, whose answer updates the revision, the field
 * messages or the conflict without touching what is being typed.
 */
export class SectionDraft {
	values: Draft = $state({});
	revision = $state(0);
	errors: Record<string, string> = $state({});
	conflict: Conflict | null = $state(null);
	message: string | null = $state(null);
	status: Status = $state('idle');
	savedAt: Date | null = $state(null);
	#baseline = $state('');
	#inFlight = false;
	#again = false;

	/** Something typed that the server has not yet seen. */
	readonly dirty = $derived(canonical(this.values) !== this.#baseline);

	constructor(
		readonly section: FormSection,
		init: DraftInit,
		readonly onSaved: (saved: Saved) => void = () => {}
	) {
		this.values = structuredClone(init.values);
		this.revision = init.revision;
		this.errors = init.errors ?? {};
		this.conflict = init.conflict ?? null;
		this.message = init.message ?? null;
		this.#baseline = canonical(init.values);
	}

	async save(): Promise<void> {
		if (this.conflict) return;
		if (this.#inFlight) {
			this.#again = true;
			return;
		}
		this.#inFlight = true;
		this.status = 'saving';
		const sent = $state.snapshot(this.values);
		const body = new FormData();
		for (const [key, value] of Object.entries(sent)) for (const one of Array.isArray(value) ? value : [value]) body.append(key, one);
		body.set(REVISION, String(this.revision));
		try {
			const response = await fetch('?/save', { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
			this.#apply(readActionResult(await response.text()), sent);
		} catch {
			this.status = 'failed';
		} finally {
			this.#inFlight = false;
			if (this.#again) {
				this.#again = false;
				if (this.dirty) void this.save();
			}
		}
	}

	#apply(result: ActionResult, sent: Draft): void {
		const data = 'data' in result && isRecord(result.data) ? result.data : {};
		if ((result.type === 'success' || result.type === 'failure') && data.kind === 'save') {
			this.revision = Number(data.revision);
			this.errors = isRecord(data.errors) ? (data.errors as Record<string, string>) : {};
			this.message = typeof data.message === 'string' ? data.message : null;
			// answers the server refused are not saved: the draft stays unsaved, so leaving still warns
			if (result.type === 'success') this.#baseline = canonical(sent);
			this.status = result.type === 'success' ? 'saved' : 'partly';
			this.savedAt = new Date();
			this.onSaved({ progress: isRecord(data.progress) ? (data.progress as Saved['progress']) : undefined, model: data.model });
		} else if (result.type === 'failure' && data.kind === 'conflict') {
			this.conflict = data.conflict as Conflict;
			this.status = 'idle';
			this.message = null;
		} else {
			this.status = 'failed';
			this.message = typeof data.message === 'string' ? data.message : null;
		}
	}

	/** Keep one's own version: save it again, now on top of the revision that was stored meanwhile. */
	keepMine(): Promise<void> {
		if (!this.conflict) return Promise.resolve();
		this.revision = this.conflict.revision;
		this.conflict = null;
		return this.save();
	}

	takeStored(): void {
		if (!this.conflict) return;
		this.values = structuredClone($state.snapshot(this.conflict.values));
		this.revision = this.conflict.revision;
		this.#baseline = canonical(this.values);
		this.errors = {};
		this.message = null;
		this.conflict = null;
		this.status = 'idle';
	}

	addItem(): string {
		const id = newItemId();
		this.values = withItem(this.section, $state.snapshot(this.values), id);
		return id;
	}

	removeItem(id: string): void {
		this.values = withoutItem($state.snapshot(this.values), id);
	}
}

export const setDraft = (draft: SectionDraft): SectionDraft => setContext(KEY, draft);
export const getDraft = (): SectionDraft => getContext<SectionDraft>(KEY);

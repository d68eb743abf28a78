import type { AnswerType, DetailType } from '$lib/domain/questionnaire/types';
import { formStrings } from '$lib/utils/form-data';

/**
 * What the form needs of a question and a section. Both the catalogue's `Section` (the server's actions)
 * and the page's `SectionView` (the browser) have this shape, so one codec serves both.
 */
export interface FormQuestion {
	readonly id: string;
	readonly type: AnswerType;
	readonly prefill?: 'prescan' | 'computed';
	readonly rows?: readonly { readonly id: string }[];
	readonly detail?: FormDetail;
}

export interface FormDetail {
	readonly type: DetailType;
	readonly onlyFor?: readonly string[];
}

export interface FormSection {
	readonly id: string;
	readonly repeatable: boolean;
	readonly questions: readonly FormQuestion[];
}

/**
 * A section's form as plain values, the way the browser posts it and the way it is echoed back after a
 * refused save: every typed character kept, numbers and dates still as text.
 */
export type Draft = Record<string, string | string[]>;

/** The ids of a repeatable section's items, in order. */
export const ITEMS = 'items';
export const REVISION = 'expectedRevision';
/** Sent by "keep my version" after a conflict: the stored revision the person has now seen. */
export const OVERRIDE_REVISION = 'overrideRevision';

export type Part = 'detail' | 'amount' | 'unit' | 'start' | 'preset';

/** The field name of a question's answer, inside a list item when `itemId` is given. */
export const fieldBase = (questionId: string, itemId?: string): string => (itemId ? `${itemId}~${questionId}` : questionId);
export const partField = (base: string, part: Part): string => `${base}:${part}`;
export const rowField = (base: string, rowId: string): string => `${base}:row:${rowId}`;
export const countField = (base: string, optionId: string): string => `${base}:count:${optionId}`;
/** An element id for a field name; names hold dots and colons, which ids may, but anchors read better with a prefix. */
export const fieldId = (name: string): string => `f-${name}`;

/** Whether a posted field holds a list (checkbox groups), so one ticked box is not read as a plain string. */
export function isMultiField(section: FormSection, key: string): boolean {
	if (key === ITEMS) return true;
	const colon = key.indexOf(':');
	const head = colon === -1 ? key : key.slice(0, colon);
	const suffix = colon === -1 ? '' : key.slice(colon + 1);
	const id = head.includes('~') ? head.slice(head.indexOf('~') + 1) : head;
	// only the section's own questions are posted with it; anything else is noise and read as text
	const question = section.questions.find((q) => q.id === id);
	if (!question) return false;
	if (suffix === '') return question.type === 'MC' || question.type === 'REF';
	return suffix === 'detail' && question.detail?.type === 'REF';
}

/** A posted section form as a draft; uploads are not part of the questionnaire and are ignored. */
export function readDraft(section: FormSection, data: FormData): Draft {
	return formStrings(data, (name) => isMultiField(section, name));
}

export function text(draft: Draft, key: string): string {
	const value = draft[key];
	return typeof value === 'string' ? value : (value?.[0] ?? '');
}

export function list(draft: Draft, key: string): string[] {
	const value = draft[key];
	if (Array.isArray(value)) return value.filter((v) => v !== '');
	return value ? [value] : [];
}

/** The button that removes a list item posts the item id under this name. */
export const REMOVE_ITEM = 'removeItem';

/**
 * Separates the answers from the form's controls: the revision the form was based on (or, after a
 * conflict, the stored revision the person chose to overwrite) and the item a remove button names.
 */
export function splitControls(draft: Draft): { values: Draft; expectedRevision: number; removeItem: string } {
	const { [REVISION]: revision, [OVERRIDE_REVISION]: override, [REMOVE_ITEM]: remove, ...values } = draft;
	const chosen = Number(typeof override === 'string' && override !== '' ? override : typeof revision === 'string' ? revision : NaN);
	return {
		values,
		expectedRevision: Number.isInteger(chosen) && chosen >= 0 ? chosen : 0,
		removeItem: typeof remove === 'string' ? remove : ''
	};
}
